@_exported import JourneyJSON
@_exported import JourneyModel
@_exported import JourneyXML
