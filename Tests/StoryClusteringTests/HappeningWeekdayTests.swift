import Testing

@testable import StoryClustering

/// A report of what followed that dates its happening by a weekday ("…over Tuesday's patrol
/// bombing") is not of a story of its kind that began on another day, though that story's reports
/// recall Tuesday's.
@Suite struct HappeningWeekdayTests {
    @Test func readsTheWeekdayAnEnglishHeadlineDatesItsHappeningBy() {
        #expect(HappeningWeekday.possessive(in: "Two suspects arrested over Monday’s pipeline bombing", language: "en") == 1)
        #expect(HappeningWeekday.possessive(in: "Death toll from Tuesday's road crash rises to five", language: "en") == 2)
        #expect(HappeningWeekday.possessive(in: "SATURDAY'S DRONE STRIKE: CAMP BURIES VICTIM", language: "en") == 6)
        #expect(HappeningWeekday.possessive(in: "Yesterday's bombing: two suspects held", language: "en") == nil)
        #expect(HappeningWeekday.possessive(in: "Schools to reopen on Sunday after floods", language: "en") == nil)
        #expect(HappeningWeekday.possessive(in: "Mondays are for markets", language: "en") == nil)
        #expect(HappeningWeekday.possessive(in: "Tuesday's bombing", language: "kmr") == nil)
        // A day to come or of every week.
        #expect(HappeningWeekday.possessive(in: "Bombing suspects to face court at Sunday's hearing", language: "en") == nil)
        #expect(HappeningWeekday.possessive(in: "Police arrest two ahead of Friday's prayers", language: "en") == nil)
    }

    @Test func aStoryThatBeganOnAnotherDayIsAnotherHappening() {
        // Saturday 20 July 2030, noon: "Tuesday's" is 16 July.
        let tuesday = CivilDate.noon(2030, 7, 16) - 12 * 3600
        #expect(HappeningWeekday.happeningDay(2, published: CivilDate.noon(2030, 7, 20)) == tuesday)
        func apart(storyStartingOn day: Int, hour: Int64 = 12) -> Bool {
            HappeningWeekday.datesApart(
                happeningDay: tuesday, storyStart: CivilDate.noon(2030, 7, day) + (hour - 12) * 3600)
        }
        #expect(!apart(storyStartingOn: 16))
        #expect(!apart(storyStartingOn: 17, hour: 8))  // a first report the next morning
        #expect(!apart(storyStartingOn: 15, hour: 23))  // the evening before, in UTC
        #expect(!apart(storyStartingOn: 15, hour: 0))  // a day before that day: the edge
        #expect(apart(storyStartingOn: 14, hour: 23))
        #expect(apart(storyStartingOn: 18, hour: 0))  // two days after that day began: the edge
        #expect(apart(storyStartingOn: 19))  // Friday's
        // A report of Tuesday on a Tuesday means that day.
        #expect(HappeningWeekday.happeningDay(2, published: CivilDate.noon(2030, 7, 16)) == tuesday)
        // "Wednesday's" at 22:00 UTC on Tuesday is Wednesday in Baghdad: that day, not six days back.
        #expect(HappeningWeekday.happeningDay(3, published: tuesday + 22 * 3600) == tuesday + 86_400)
        #expect(HappeningWeekday.happeningDay(3, published: tuesday + 12 * 3600) == tuesday - 6 * 86_400)
        // Before 1970 the days stay whole: Wednesday 31 December 1969.
        #expect(HappeningWeekday.happeningDay(3, published: -3600) == -86_400)
        #expect(HappeningWeekday.happeningDay(nil, published: tuesday) == nil)
        #expect(!HappeningWeekday.datesApart(happeningDay: nil, storyStart: tuesday))
    }

    private static let july = EnglishReports(year: 2030, month: 7)

    @Test func arrestsOverTuesdaysBombingStayOutOfFridaysBombing() {
        let story = Self.stories(arrestsTitle: "Army intelligence detains two suspects over Tuesday’s deadly patrol bombing")
        #expect(story["toll"] == story["tuesday"])
        #expect(story["friday-2"] == story["friday"])
        #expect(story["friday"] != story["tuesday"])
        #expect(story["arrests"] != story["friday"])
        // Without the weekday the same report is taken for the latest bombing's: the day is what
        // keeps it out.
        let undated = Self.stories(arrestsTitle: "Army intelligence detains two suspects over deadly patrol bombing")
        #expect(undated["arrests"] == undated["friday"])
    }

    private static func stories(arrestsTitle: String) -> [String: String] {
        let documents = [
            Self.july.report(
                "tuesday", day: 16, hour: 7, "Two soldiers killed as roadside bomb hits army patrol in Shirqat",
                "Two Iraqi soldiers were killed and three others wounded early on Tuesday when an improvised "
                    + "explosive device struck their patrol in Shirqat district, north of Tikrit, a security source "
                    + "said. The bomb had been planted on a dirt road near a village on the edge of the district."),
            Self.july.report(
                "toll", day: 17, hour: 10, "Wounded soldier dies, Shirqat bomb toll rises to three",
                "A soldier wounded in Tuesday's bombing of an army patrol in Shirqat died of his injuries on "
                    + "Wednesday morning at Tikrit Teaching Hospital, raising the death toll to three, a medical "
                    + "source said. Funerals for the other two soldiers were held in their home towns."),
            Self.july.report(
                "friday", day: 19, hour: 18, "Soldier killed in second IED attack on army in Salahuddin this week",
                "One Iraqi soldier was killed and two others wounded on Friday evening when a roadside bomb hit "
                    + "their patrol north of Baiji, security sources said. It was the second bomb attack on an army "
                    + "patrol in Salahuddin this week, after Tuesday's bombing in Shirqat killed three soldiers. "
                    + "Troops sealed off the area and searched nearby villages for the men who planted the device."),
            Self.july.report(
                "friday-2", day: 19, hour: 20, "Roadside bomb kills Iraqi soldier north of Baiji",
                "A roadside bomb killed an Iraqi soldier and wounded two others on Friday evening north of Baiji, "
                    + "security sources said, days after a bombing in Shirqat killed three soldiers. The army "
                    + "said it was searching villages near the site for suspects."),
            Self.july.report(
                "arrests", day: 20, hour: 9, arrestsTitle,
                "Iraqi military intelligence said on Saturday it had detained two men suspected of planting the "
                    + "bomb that killed three soldiers on Tuesday in Shirqat district. The two were captured at dawn "
                    + "in a house on the outskirts of the district. The arrests came a day after another roadside "
                    + "bomb killed a soldier on an army patrol north of Baiji."),
        ]
        return EnglishReports.stories(documents)
    }
}
