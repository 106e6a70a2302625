@_exported import JourneyMermaid
