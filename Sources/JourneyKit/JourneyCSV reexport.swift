@_exported import JourneyCSV
