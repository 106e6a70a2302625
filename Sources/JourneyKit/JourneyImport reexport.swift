@_exported import JourneyImport
