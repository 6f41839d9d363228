import Testing

@testable import StoryClustering

/// A long report (200 words of body or more) left alone when it came meets its story, once that
/// story has grown, at the lede bar rather than the full-text bar; a short one keeps the full-text
/// bar. A shelter feature the morning's flood report did not take joins the flood's story after two
/// more reports; cut to a feed's description, it stays apart.
@Suite struct LongReportTests {
    private static let march = EnglishReports(year: 2030, month: 3)

    private static let first = march.report(
        "a1", day: 5, hour: 6, "Dam spillway fails, flooding Carrow and forcing hundreds from homes",
        "Flood waters swept through the riverside town of Carrow on Tuesday after the spillway of "
            + "the Kettle River dam gave way during heavy rain, forcing hundreds of families from their "
            + "homes, county officials said. The water rose more than two metres in the lower streets "
            + "within an hour of the failure, which engineers said happened shortly after midnight when a "
            + "section of the concrete spillway collapsed under the pressure of the swollen reservoir. "
            + "Emergency crews used boats to reach residents trapped on rooftops and in upper floors, and "
            + "a helicopter lifted an elderly couple from the roof of their house near the old mill. No "
            + "deaths have been reported, but two people were taken to hospital with hypothermia. The "
            + "county sheriff said about 1,400 people had been evacuated and that the main bridge into "
            + "the town was closed because water was lapping at its deck. The state governor declared an "
            + "emergency for the county and said the National Guard would help with the evacuation. "
            + "Engineers from the state water authority were inspecting the dam, which was built in 1958 "
            + "and last repaired twelve years ago. Residents said they had complained about cracks in the "
            + "spillway for years. The weather service said more rain was expected on Wednesday and "
            + "warned that the river would stay above flood stage for several days.")

    private static let shelter = march.report(
        "lone", day: 5, hour: 18, "At a Carrow school gym, flood families wait for word of their homes",
        "Inside the Carrow high school gymnasium, which has become the main shelter for families "
            + "driven out by the flood, volunteers were handing out blankets, dry clothes and hot soup on "
            + "Tuesday evening. American Red Cross workers led by Tom Becker said about 300 people had "
            + "spent the afternoon on camp beds in the gym, many of them still in the wet clothes they "
            + "were wearing when the water came. Maria Delgado, a nurse at St Luke Hospital in Brenton "
            + "who lives two streets from the river, said she woke to the sound of sirens and found water "
            + "coming under her front door. She carried her two children to the car and drove up the hill "
            + "in the dark. Her neighbour, a retired teacher, was rescued by boat later in the morning. "
            + "The Salvation Army, St Anne Church and the Brenton Rotary Club opened their halls to take "
            + "in families who could not find a place at the school, and Hillside Foods in Brenton sent a "
            + "truck of bottled water, and the Ohio Baptist Convention sent cooks. The school principal "
            + "said classes would be cancelled for the rest of the week. County officials asked residents "
            + "not to return to their homes until the water had gone down and the houses had been checked "
            + "for damage. Many families said they did not know when they would be able to go home, or "
            + "whether their insurance would cover the damage. Volunteers said they needed more blankets, "
            + "baby formula and dry socks, and asked people who wanted to help to bring donations to the "
            + "school.")

    private static let inspection = march.report(
        "a2", day: 6, hour: 9, "Carrow dam spillway had been flagged for repairs, officials say",
        "The Kettle River dam spillway that collapsed early on Tuesday and flooded the town of "
            + "Carrow had been flagged as needing repairs in a state inspection two years ago, officials "
            + "said on Wednesday. About 1,400 people were evacuated and hundreds spent the night in "
            + "shelters, including the high school gymnasium, where the Red Cross and volunteers handed "
            + "out blankets and food. Boat crews rescued residents trapped on rooftops as the water rose "
            + "more than two metres in the lower streets. Two people were treated in hospital for "
            + "hypothermia and no deaths were reported. The governor, who declared an emergency for the "
            + "county, visited the shelter on Wednesday morning and met families who had lost their "
            + "homes. She promised an independent review of the dam, which was built in 1958, and said "
            + "the state would help families with temporary housing. Engineers said the reservoir level "
            + "was falling slowly and that the rest of the dam was stable. The main bridge into Carrow "
            + "remained closed. Residents at the shelter said they had complained about cracks in the "
            + "spillway for years and wanted to know why the repairs were never made. Schools in the town "
            + "will stay closed for the rest of the week, the principal said.")

    private static let homecoming = march.report(
        "a3", day: 7, hour: 10, "Carrow flood families return to count damage as water recedes",
        "Families forced from their homes by the Carrow flood began returning on Thursday to count "
            + "the damage after the water from the failed Kettle River dam spillway went down, county "
            + "officials said. Some 1,400 people had been evacuated on Tuesday when the spillway "
            + "collapsed after heavy rain and water rushed into the lower streets of the town. Many had "
            + "spent two nights at the high school gymnasium, where volunteers and the Red Cross gave out "
            + "blankets, dry clothes and hot meals. Boat crews and a National Guard helicopter rescued "
            + "dozens of residents from rooftops. Two people were treated for hypothermia, and no one "
            + "died. Insurance assessors arrived in the town on Thursday, and the governor said the state "
            + "would pay for temporary housing for families whose houses could not be lived in. Residents "
            + "said the mud left by the flood had ruined furniture, floors and cars. The principal said "
            + "the school would reopen on Monday once the shelter had closed. Engineers said the dam, "
            + "built in 1958, would be drained to allow a full inspection. Residents have demanded to "
            + "know why cracks reported in the spillway years ago were never repaired.")

    private static func stories(shelterWords: Int? = nil) -> [String: String] {
        var shelter = Self.shelter
        if let shelterWords {
            shelter.text = shelter.text.split(separator: " ").prefix(shelterWords).joined(separator: " ")
        }
        let documents = [Self.first, shelter, Self.inspection, Self.homecoming]
        return EnglishReports.stories(documents)
    }

    @Test func aLongReportLeftAloneJoinsTheStoryItGrewInto() {
        let story = Self.stories()
        #expect(story["a2"] == story["a1"])
        #expect(story["a3"] == story["a1"])
        #expect(story["lone"] == story["a1"])
    }

    @Test func aShortReportLeftAloneKeepsTheFullTextBar() {
        let story = Self.stories(shelterWords: 110)
        #expect(story["a3"] == story["a1"])
        #expect(story["lone"] != story["a1"])
    }
}
