@_exported import JourneyCJML
