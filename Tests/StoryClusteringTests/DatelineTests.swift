import Testing

@testable import StoryClustering

/// Undated articles (archive lines that lost their date field) are dated by the dateline their
/// headline or opening lines carry.
@Suite struct DatelineTests {
    @Test(arguments: [
        ("Posted: Apr 02, 2009 11: 06 PM CEST Updated: Apr 02, 2009", 2009, 4, 2),
        ("Thursday, December 11, 2008 | Prediction: Red Sox will nab Teixeira", 2008, 12, 11),
        ("9 September 2013 Last updated at 14: 39 GMT", 2013, 9, 9),
        ("December 15th, 2008, 7: 35 am Dan Patrick reported", 2008, 12, 15),
        ("MONDAY, MAY 23, 2005 FIRED IN PHILLY!!", 2005, 5, 23),
        ("Updated 11 / 27 / 2005 3: 41 PM Strong earthquake jolts southern Iran", 2005, 11, 27),
        ("UPDATED 05 / 03 / 2013 at 11: 00 AM EDT", 2013, 5, 3),
        ("Boston reportedly looks to ink free-agent slugger 12 / 16 / 08 1: 30 AM EST", 2008, 12, 16),
        ("On Tue, 16 / 08 / 2011 - 13: 42 An undersea cable cut", 2011, 8, 16),
        ("Published 2013-09-09 11:25 GMT+02:00", 2013, 9, 9),
        ("أربيل ٢ أيار ٢٠١٣: قال مسؤولون", 2013, 5, 2),
        ("هەولێر، ١٤ی ئایاری ٢٠٢٤", 2024, 5, 14),
        ("Hewlêr, 3 Gulan 2024", 2024, 5, 3),
        ("أربيل - ٦/٥/٢٠١٣ - قال مسؤولون", 2013, 5, 6),  // day first in Arabic script
        ("9:15 AM May 3, 2013 Lindsay Lohan's lawyer says", 2013, 5, 3),  // the day next to the month
        ("Posted 05/03/2013 09:10. The actress, in and out of rehab since April 2, 2006", 2013, 5, 3),
        ("February 29, 2012 was a leap day", 2012, 2, 29),
        ("Published: 09th June 2013 A man was being questioned", 2013, 6, 9),
        ("10: 10 AM PDT 6 / 6 / 2013 The champion swimmer", 2013, 6, 6),  // after a time of day
        ("MAR. 14, 2013, 8: 12 PM Hostility has been mounting", 2013, 3, 14),
        ("Hewlêr, 06/05/2013 - Li Hewlêrê agir bi bazarê ket", 2013, 5, 6),  // Kurmanji: day first
        ("08. 07. 2012 - The regional governor said", 2012, 7, 8),  // dots: day first in any language
        ("Updated 05.03.2013 09:10 Police said", 2013, 3, 5),
        ("2012. 08. 08 Seoul police said on Wednesday", 2012, 8, 8),  // year first
        ("Posted 08.07.2012. Police said on Sunday", 2012, 7, 8),  // a dotted date ending a sentence
    ])
    func readsTheDatelinesOutletsWrite(opening: String, year: Int, month: Int, day: Int) {
        #expect(Dateline.time(title: "", text: opening) == CivilDate.noon(year, month, day), "\(opening)")
    }

    @Test(arguments: [
        "Investors may 12 times over 2013 regret it",  // "may" is a verb unless capitalised
        "The team has won 24/7 games since 2010",  // two numbers, no date
        "A 5.9 magnitude quake on 12/2024 budget lines",  // month and year only
        "Talks on the 2005-06 budget began in May",  // no day
        "Sales rose 3/4/5 points in 20/30/40 markets",  // no two- or four-digit year
        "Prices at 13/13/2013 are void",  // no thirteenth month
        "The deal was struck on December 11 in Madrid",  // no year
        "Fuel Prices May Rise 3 Percent in 2014, Analysts Say",  // no day next to "May"
        "Survivors of the 9/11/2001 attacks met in New York",  // a date in figures, but no dateline
        "Doctors prescribed a 5/10/20 mg dose to the patient",
        "The governor's 10/20/30 rule for budgets takes effect",
        "February 30, 2013 appears in no calendar",
        "Version 2.10/12/20 of the firmware",
        "Monks at Mar Mattai 2013 appeal",  // "Mar" with no day
        "The 10/20/30 rule for emergency crews applied",
        "Updated 3 / 4 / 65 hours ago",
        "Analysis: 9/11/01, ten years on",  // a label, not a place, before the figures
        "Firmware 2.10.12 ships with fixes",  // dots, but no dateline
        "Talks on the 3.5.2012 draft resume",
        "2.10.12 ships with fixes",  // dots and a two-digit year: a version, a race time, a clock
        "Erbil: 2.01.39 for the marathon winner",
        "14.05.30 GMT: live coverage",
        "10.10.10.10 is the address",  // more numbers than a date has
    ])
    func readsNoDateFromOtherNumbers(opening: String) {
        #expect(Dateline.time(title: "", text: opening) == nil, "\(opening)")
    }

    /// An obituary's opening gives the birth date of the one who died, not the article's: read as a
    /// dateline, it placed the report eighty years before its story.
    @Test func aBirthDateIsNoDateline() {
        #expect(Dateline.time(title: "", text: "She was 85. Page was born Betty Mae Page in Nashville, Tennessee on April 22, 1923.") == nil)
        #expect(Dateline.time(title: "", text: "Page was born on April 22, 1923, in Nashville, Tenn.") == nil)
        #expect(Dateline.time(title: "", text: "ولد في ٢٢ نيسان ١٩٢٣ في الموصل") == nil)
        #expect(Dateline.time(title: "", text: "ولد الراحل في ٢٢ نيسان ١٩٢٣ في الموصل") == nil)
        // A dateline after the birth date is still read, and a birth in another sentence says
        // nothing of the date in this one.
        #expect(
            Dateline.time(title: "", text: "Born April 22, 1923. Posted December 12, 2008: Bettie Page died")
                == CivilDate.noon(2008, 12, 12))
        #expect(
            Dateline.time(title: "", text: "She was born in Nashville. December 12, 2008 Bettie Page died")
                == CivilDate.noon(2008, 12, 12))
    }

    /// An archive's date field filled from an obituary's birth line is that line's day, not the
    /// article's (``StoryClusterer/datedByABirth(_:)``); a day the text tells something else on is not.
    @Test func aDateTheTextGivesAsABirthIsKnown() {
        let obituary =
            "Bettie Page died Thursday in Los Angeles. Page was born on April 22, 1923, in Nashville, Tenn. "
            + "She posed for Playboy in 1955; a film of her life came out in 2012."
        #expect(Dateline.writesAsBirth(CivilDate.noon(1923, 4, 22), in: obituary))
        #expect(Dateline.writesAsBirth(CivilDate.unixTime(year: 1923, month: 4, day: 22), in: obituary))
        // A local midnight ("1923-04-22T00:00:00+03:00") is the day before in UTC.
        #expect(Dateline.writesAsBirth(CivilDate.unixTime(year: 1923, month: 4, day: 22) - 3 * 3600, in: obituary))
        #expect(!Dateline.writesAsBirth(CivilDate.noon(1923, 4, 25), in: obituary))
        let arabic = "توفي الفنان الكبير أمس. ولد في ٢٢ نيسان ١٩٢٣ في بغداد، واعتزل عام ١٩٨٠."
        #expect(Dateline.writesAsBirth(CivilDate.noon(1923, 4, 22), in: arabic))
        // Found by review: vowel marks between the letters (وُلِدَ, تُوُفِّيَ) and a Persian yeh
        // (مواليد written with ی) are read as the tokens read them.
        let vocalised = "تُوُفِّيَ الفنان الكبير أمس. وُلِدَ في ٢٢ نيسان ١٩٢٣ في بغداد، واعتزل عام ١٩٨٠."
        #expect(Dateline.writesAsBirth(CivilDate.noon(1923, 4, 22), in: vocalised))
        let persianYeh = "رحيل الفنان الكبير أمس، من موال\u{6CC}د ٢٢ نيسان ١٩٢٣ في بغداد، واعتزل عام ١٩٨٠."
        #expect(Dateline.writesAsBirth(CivilDate.noon(1923, 4, 22), in: persianYeh))
        // Found by review: a birth reported on its day may write a later number that reads as a
        // year (a weight, a forecast); it tells no death, and its date stands.
        let birth = "Four babies were born on May 5, 2013 in Erbil. The smallest weighed 2050 grams."
        #expect(!Dateline.writesAsBirth(CivilDate.noon(2013, 5, 5), in: birth))
        let recalled = "Felt died Thursday. On Tuesday, Oct. 10, 1972, Washington awoke to a scandal; Nixon quit in 1974."
        #expect(!Dateline.writesAsBirth(CivilDate.noon(1972, 10, 10), in: recalled))
        let clusterer = StoryClusterer()
        let dated = ClusterDocument(
            id: "b1", source: "", title: "Bettie Page dies", text: obituary, published: CivilDate.noon(1923, 4, 22))
        #expect(clusterer.datedByABirth(dated))
        var today = dated
        today.published = CivilDate.noon(2008, 12, 12)
        #expect(!clusterer.datedByABirth(today))
    }

    /// Found by review: a birth date in figures, after an abbreviation's full stop or after a
    /// colon was still read as the article's day, and a date after the birth's clause was not.
    @Test func aBirthDateIsNoDatelineHoweverItIsWritten() {
        #expect(Dateline.time(title: "", text: "Page was born on 4/22/1923 in Nashville.") == nil)
        #expect(Dateline.time(title: "", text: "Page was born in Nashville, Tenn., on April 22, 1923.") == nil)
        #expect(Dateline.time(title: "", text: "Bettie Page. Born: April 22, 1923, Nashville.") == nil)
        // The date after the birth's own clause is the happening's, and an Arabic ولد that is a
        // name ("Ould Cheikh") or a boy is no birth.
        #expect(
            Dateline.time(title: "", text: "Zaid, who was born in Mosul, was killed on 5 May 2013 in Baghdad")
                == CivilDate.noon(2013, 5, 5))
        #expect(
            Dateline.time(title: "", text: "ولد الشيخ يصل إلى صنعاء ٥ أيار ٢٠١٣ لبحث الهدنة")
                == CivilDate.noon(2013, 5, 5))
    }

    @Test func readsTheHeadlineFirstAndOnlyTheOpeningOfTheBody() {
        let late = String(repeating: "Nothing in this sentence gives a date. ", count: 10)
        #expect(Dateline.time(title: "Published May 2, 2013", text: "Updated June 4, 2013") == CivilDate.noon(2013, 5, 2))
        #expect(Dateline.time(title: "Lohan checks into rehab", text: late + "On May 2, 2013 she left") == nil)
    }

    /// Two drink-driving arrests at one club, two years apart: the second article has no date
    /// field, only the "Posted" line a saved page keeps, with a two-digit year that no check of
    /// written years reads.
    @Test func anUndatedArticleDatedYearsLaterStaysOutOfTheEarlierStory() {
        let first = ClusterDocument(
            id: "jackson-1", source: "tribune",
            title: "Chargers receiver arrested on suspicion of drunken driving",
            text: """
                San Diego Chargers wide receiver Vincent Jackson was arrested on suspicion of drunken driving \
                early Tuesday, police said. He failed sobriety tests after officers stopped him on a freeway \
                in San Diego and was booked into county jail before being released. The Chargers play a \
                playoff game on Sunday.
                """,
            published: CivilDate.noon(2009, 1, 6), language: "en")
        let second = ClusterDocument(
            id: "jackson-2", source: "union",
            title: "Chargers' Jackson arrested on suspicion of DUI",
            text: """
                Chargers wide receiver Vincent Jackson was arrested early Tuesday on suspicion of drunken \
                driving, police said. Officers stopped him on a freeway in San Diego; he failed sobriety \
                tests and was booked into jail, then released. The team said it was aware of the arrest.
                """,
            published: CivilDate.noon(2009, 1, 6) + 7_200, language: "en")
        let later = ClusterDocument(
            id: "williams", source: "post",
            title: "Chargers receiver arrested on suspicion of drunken driving",
            text: """
                Posted 2 / 3 / 11 11: 11 PM. Police in San Diego arrested Chargers wide receiver Malcom \
                Floyd on suspicion of drunken driving early Tuesday. Officers who stopped his car on a \
                freeway said he failed sobriety tests; he was booked into county jail and later released, \
                and the Chargers said they were aware of the arrest.
                """,
            language: "en")
        let assignments = StoryClusterer().cluster([first, second, later])
        let story = Dictionary(uniqueKeysWithValues: assignments.map { ($0.documentID, $0.storyKey) })
        #expect(story["jackson-1"] == story["jackson-2"])
        #expect(story["williams"] != story["jackson-1"])
        // What keeps it out is the dateline: read without it, the article is the same story.
        var undated = StoryClusterer.Configuration()
        undated.useMentionedDates = false
        let withoutDateline = StoryClusterer(configuration: undated).cluster([first, second, later])
        #expect(Set(withoutDateline.map(\.storyKey)).count == 1)
    }

    /// `tidings cluster --sorted` feeds a session lines in date order, undated ones dated by their
    /// dateline where it fits: the stories must be the batch's.
    @Test func aSessionGivenDatelinedArticlesInOrderMatchesTheBatch() {
        let documents = [
            ClusterDocument(
                id: "a", source: "one", title: "Quake shakes southern Iran, damages buildings",
                text: "An earthquake of magnitude 5.6 shook Qeshm island off Iran's southern coast on Sunday.",
                published: CivilDate.noon(2008, 9, 10), language: "en"),
            ClusterDocument(
                id: "b", source: "two", title: "Five hurt as quake hits Iranian island",
                text: "Posted 9 / 10 / 2008 4:10 PM. A magnitude 5.6 quake hit Qeshm island on Sunday, hurting five.",
                language: "en"),
            ClusterDocument(
                id: "c", source: "three", title: "Quake kills ten on Qeshm island",
                text: "November 28, 2005. A powerful earthquake hit Qeshm island in southern Iran, killing ten.",
                language: "en"),
            ClusterDocument(
                id: "d", source: "four", title: "Iran quake levels villages",
                text: "An earthquake of magnitude 5.9 levelled seven villages on Qeshm island, killing ten.",
                published: CivilDate.noon(2005, 11, 28) + 3_600, language: "en"),
        ]
        let clusterer = StoryClusterer()
        let batch = clusterer.cluster(documents)
        #expect(clusterer.dateline(of: documents[1]) == CivilDate.noon(2008, 9, 10))
        #expect(clusterer.dateline(of: documents[0]) == nil, "a dated article keeps its date")
        var dated = documents
        for index in dated.indices { dated[index].published = dated[index].published ?? clusterer.dateline(of: dated[index]) }
        var session = ClusteringSession()
        var streamed: [StoryAssignment] = []
        for document in dated.sorted(by: { ($0.published ?? .max) < ($1.published ?? .max) }) {
            streamed += session.add(document)
        }
        streamed += session.finish()
        func stories(_ assignments: [StoryAssignment]) -> [String: String] {
            Dictionary(uniqueKeysWithValues: assignments.map { ($0.documentID, $0.storyKey) })
        }
        #expect(stories(streamed) == stories(batch))
        // The two quakes, three years apart, are two stories.
        #expect(stories(batch)["c"] == stories(batch)["d"])
        #expect(stories(batch)["b"] != stories(batch)["d"])
    }
}
