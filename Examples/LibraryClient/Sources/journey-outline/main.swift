// A team's own `journey` tool: every command of the standard one, plus the team's outline format.
//
//     swift run --package-path Examples/LibraryClient journey-outline convert map.journey.xml map.outline.txt
//     swift run --package-path Examples/LibraryClient journey-outline formats

import JourneyCLI
import JourneyKit

JourneyCommand.main(formats: FormatRegistry.standard.adding(OutlineFormat()))
