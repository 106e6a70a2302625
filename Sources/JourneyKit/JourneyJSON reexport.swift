@_exported import JourneyJSON
