@_exported import JourneyHTML
