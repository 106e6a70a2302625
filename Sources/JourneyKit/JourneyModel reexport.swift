@_exported import JourneyModel
