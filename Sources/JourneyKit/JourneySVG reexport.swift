@_exported import JourneySVG
