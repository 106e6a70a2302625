@_exported import JourneyAnalytics
