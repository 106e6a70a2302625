@_exported import JourneyXML
