import Testing

@testable import StoryClustering

/// A protest's end (farmers ending their sit-in, teachers suspending their boycott) is what followed
/// the protest: days after it began, it joins the protest's story although its headline names none
/// of the story's particulars, while another protest of the same days stays apart.
@Suite struct ProtestEndTests {
    @Test func anEndedOrSuspendedProtestIsAftermath() {
        for (title, language) in [
            ("Basra dockworkers end sit-in after pay deal", "en"),
            ("Farmers agree to end three-day sit-in at silo", "en"),
            ("Teachers in Kalar suspend boycott of classes", "en"),
            ("Farmers suspend water protest after releases raised", "en"),
            ("Garmiyan teachers suspend strike as October salaries due Sunday", "en"),
            ("Umm Qasr dockworkers end strike after pay deal", "en"),
            ("انتهاء اعتصام عمال النظافة في البصرة بعد وعود بصرف الرواتب", "ar"),
            ("المعلمون يعلقون إضرابهم في كركوك", "ar"),
            ("وانتهاء الاحتجاج في سامراء بعد زيادة التجهيز", "ar"),
            ("فلاحو القيارة يرفعون اعتصامهم بعد إطلاق مستحقاتهم", "ar"),  // they lift their sit-in
            ("رفع الإضراب في موانئ البصرة", "ar"),
            ("جووتیارانی کەلار خۆپیشاندانەکەیان کۆتایی پێهێنا", "ckb"),
            ("مامۆستایانی کەلار بایکۆتەکەیان ڕاگرت", "ckb"),
            ("ناڕەزایەتییەکانی شنگال کۆتاییان هات", "ckb"),
            ("Mamosteyên Kelarê greva xwe rawestandin", "kmr"),
            ("Xwepêşandana cotkaran li Mexmûrê bi dawî bû", "kmr"),
            // The protest first in English; more words of ending and protest.
            ("Basra dockworkers' sit-in ends after pay deal", "en"),
            ("Teachers' boycott ended as salaries arrive", "en"),
            ("انتهاء مظاهرات الخريجين في الناصرية", "ar"),
            ("مانگرتنی مامۆستایانی ڕانیە کۆتایی پێهات", "ckb"),
            ("خۆپیشاندانەکەی جووتیاران کۆتایی پێ هات", "ckb"),
            ("Greva mamosteyan bi dawî hat", "kmr"),
            ("Protestoya cotkaran li Mexmûrê bidawî bû", "kmr"),
            // Protesters going home.
            ("Zummar protesters disperse as water returns", "en"),
            ("ئاو گەڕایەوە بۆ ماڵەکانی زومار و خۆپیشاندەران بڵاوەیان کرد", "ckb"),
            ("Xwepêşanderên Zummarê belav bûn", "kmr"),
            ("Xwepêşander li Zummarê belav bûn", "kmr"),
            ("Av vegeriya Zummarê, çalakiya rûniştinê bi dawî bû", "kmr"),  // "the sit-in action ended"
        ] {
            #expect(AftermathCueTests.marks(title, language), "\(title)")
        }
        // Beside a protest, a brief kind of happening, the engine reads the headline so.
        #expect(HeadlineFeatures.of("Basra dockworkers end sit-in after pay deal", language: "en").titleNamesAftermath)
        #expect(HeadlineFeatures.of("انتهاء اعتصام عمال النظافة في البصرة", language: "ar").titleNamesAftermath)
    }

    /// What only looks like a protest's end, each headline for one reason: an end demanded, a noun,
    /// a "last", work stopped in protest, a comment, a protest not the one ended, air strikes.
    @Test func anEndDemandedOrAnythingElseStoppedIsNoAftermath() {
        for (title, language) in [
            ("Governor urges teachers to end boycott", "en"),  // "to end", no decision before it
            ("Cleric calls for end to sit-ins", "en"),  // "end to"
            ("Activist shot dead at end of Nasiriyah protest", "en"),  // "at end", "end of"
            ("Teachers suspend classes in protest over unpaid salaries", "en"),  // "in protest"
            ("Ministry suspends officers over protest shooting", "en"),  // a preposition between
            ("Police end night watch near protest camp", "en"),  // four words after: past the window
            ("Contract workers begin open-ended sit-in in Hit over unpaid wages", "en"),  // "ended"
            ("Iraq urges Turkey to end air strikes after drone kills three", "en"),  // no protest
            ("Police disperse protesters in Nasiriyah", "en"),  // protesters driven off: the protest told
            ("Protesters dispersed with tear gas in Nasiriyah", "en"),  // how it went
            ("Xwepêşandan li bajarên din belav bûn", "kmr"),  // protests spread to other towns
            ("Wêneyên xwepêşanderên Zummarê belav bûn", "kmr"),  // the protesters' photos circulated
            ("متظاهرون يطالبون بإنهاء الاعتصام", "ar"),  // "بإنهاء": a demand
            ("مفاوضات لإنهاء الإضراب في البصرة", "ar"),  // "لإنهاء": talks to end it
            ("المعلمون يعلقون الدوام احتجاجا على تأخر الرواتب", "ar"),  // in protest
            ("يعلق الصدر على تظاهرات الناصرية", "ar"),  // a comment on protests
            ("خۆپیشاندانێک بۆ داوای کۆتایی هێنان بە گەندەڵی", "ckb"),  // an end demanded
            ("لە کۆتایی خۆپیشاندانەکەدا گەنجێک کوژرا", "ckb"),  // "at the end of"
            ("مامۆستایانی ڕانیە خۆپیشاندانیان کرد و دەوامیان ڕاگرت", "ckb"),  // another clause
            ("Xwepêşandan li Dihokê: Divê bombebarana Tirkiyê bê rawestandin", "kmr"),  // a demand
            ("Di 3 mehên dawî de li Dihokê xwepêşandan zêde bûn", "kmr"),  // "the last months"
            ("Mamosteyan xwepêşandan li dar xistin û dersên xwe rawestandin", "kmr"),  // another clause
            ("Rûniştina Parlamentoya Kurdistanê bi dawî bû", "kmr"),  // a session
            ("Nasiriyah protest ends in clashes with police", "en"),  // how it went
            ("Protesters say sit-in has not ended", "en"),  // more than two words between
            ("إنهاء المظاهر المسلحة في البصرة", "ar"),  // armed displays, no protest
            ("إنهاء مظاهرهم المسلحة", "ar"),  // their armed displays
            ("المتظاهرون يرفعون لافتات احتجاجية أمام مبنى المحافظة", "ar"),  // banners raised
            ("محتجون يرفعون شعارات الاعتصام في الناصرية", "ar"),  // slogans raised
            ("المتظاهرون يرفعون الأعلام في تظاهرة الناصرية", "ar"),  // flags raised
            ("الحكومة ترفع الحظر عن التظاهر في البصرة", "ar"),  // a ban lifted
            ("النقابات يرفعون مذكرة احتجاج إلى البرلمان", "ar"),  // a note submitted
            ("Nasiriyah sit-in ends its second week", "en"),  // going on
            ("Teachers' protest not ended, union says", "en"),  // not ended
            ("Doctors begin open-ended boycott", "en"),  // open-ended
            ("Turkey suspends air strikes on Duhok villages", "en"),  // strikes of war
            ("Iraq urges end to drone strike campaign", "en"),
            ("Club ends striker's contract early", "en"),  // a striker
            ("Coalition suspends strikes in Syria", "en"),  // war's strikes are plural
            ("Erbil ends row, strikes deal with Baghdad", "en"),
        ] {
            #expect(!AftermathCueTests.marks(title, language), "\(title)")
        }
    }

    private static func report(_ id: String, day: Int, _ title: String, _ text: String) -> ClusterDocument {
        ClusterDocument(
            id: id, source: "source-\(id)", title: title, text: text, published: CivilDate.noon(2030, 5, day),
            language: "en")
    }

    @Test func theEndOfASitInJoinsItsStoryAndAnotherSitInStaysApart() {
        let documents = [
            Self.report(
                "begins", day: 13, "Diwaniyah farmers stage sit-in over unpaid wheat dues",
                "Hundreds of wheat farmers began a sit-in outside the Diwaniyah governorate building on Monday, "
                    + "demanding the payment of dues for last season's crop delivered to state silos. The farmers say "
                    + "the trade ministry owes them for more than six months and that many cannot buy seed or fuel "
                    + "for the coming season. They vowed to stay until the money is released."),
            Self.report(
                "goes-on", day: 14, "Wheat farmers keep up sit-in outside Diwaniyah governorate",
                "Farmers demanding their unpaid wheat dues spent a second day outside the governorate building in "
                    + "Diwaniyah. Their representatives met the deputy governor, who promised to raise the issue with "
                    + "the trade ministry in Baghdad. The farmers say they delivered their crop to state silos last "
                    + "season and have not been paid."),
            Self.report(
                "budget", day: 14, "Parliament meets to debate the budget for next year",
                "Lawmakers in Baghdad met to debate the federal budget. The finance committee presented figures "
                    + "for oil revenue and salaries. Several blocs demanded more money for their provinces."),
            // Three days on, naming only the governorate (Diwaniyah is its capital): no particular of
            // the story's, a protest like its own.
            Self.report(
                "ends", day: 16, "Qadisiyah farmers end sit-in as first wheat payments arrive",
                "Farmers in Qadisiyah ended their sit-in outside the governorate building on Thursday after the "
                    + "trade ministry released a first payment of their wheat dues. The deputy governor said the "
                    + "remaining money for last season's crop would be paid within a month, and the farmers' "
                    + "representatives said they would return if the promise was not kept."),
            Self.report(
                "teachers", day: 16, "Teachers stage sit-in in Diwaniyah over late salaries",
                "Contract teachers staged a sit-in outside the education directorate in Diwaniyah on Thursday, "
                    + "demanding salaries that are three months late. The teachers said schools would stay shut until "
                    + "they are paid. The directorate said it was waiting for funds from Baghdad."),
        ]
        let story = EnglishReports.stories(documents)
        #expect(story["goes-on"] == story["begins"])
        #expect(story["ends"] == story["begins"])
        #expect(story["teachers"] != story["begins"])
        #expect(story["teachers"] != story["ends"])
    }
    /// A strike's suspension five days after its last report, when the window has closed its
    /// story, still ends that strike; a strike of another governorate suspended the same day does
    /// not end it.
    @Test func theEndOfAStrikeDaysLaterJoinsItsClosedStory() {
        let documents = [
            Self.report(
                "begins", day: 3, "Garmiyan teachers go on strike over three months of unpaid salaries",
                "Teachers across the Garmiyan administration stayed away from schools on Sunday, beginning an "
                    + "open strike over salaries that are three months late. Union representatives in Kalar said "
                    + "classes would not resume until the Kurdistan Regional Government pays at least two months. "
                    + "Parents said pupils had already lost weeks of lessons this year."),
            Self.report(
                "goes-on", day: 4, "Schools stay shut in Garmiyan as teachers' strike enters second day",
                "Schools in Kalar, Kifri and Khanaqin's Kurdish districts stayed shut for a second day as teachers "
                    + "in the Garmiyan administration kept up their strike over three months of unpaid salaries. "
                    + "The education directorate said it had asked the finance ministry in Erbil to release funds."),
            Self.report(
                "budget", day: 5, "Parliament meets to debate the budget for next year",
                "Lawmakers in Baghdad met to debate the federal budget. The finance committee presented figures "
                    + "for oil revenue and salaries. Several blocs demanded more money for their provinces."),
            Self.report(
                "suspended", day: 9, "Garmiyan teachers suspend strike as October salaries due Sunday",
                "Teachers in the Garmiyan administration suspended their strike on Friday after the finance "
                    + "ministry said October salaries would be paid on Sunday. Union representatives in Kalar said "
                    + "schools would reopen on Saturday and that the strike would resume if the money did not arrive."),
            Self.report(
                "koya", day: 9, "Koya teachers suspend strike after two months' pay released",
                "Teachers in Koya suspended their strike on Friday after the finance ministry released two months of "
                    + "salaries. The teachers had stayed away from schools for a week. Union representatives said "
                    + "classes would resume on Saturday."),
        ]
        let story = EnglishReports.stories(documents)
        #expect(story["goes-on"] == story["begins"])
        #expect(story["suspended"] == story["begins"])
        #expect(story["koya"] != story["begins"])
        #expect(story["budget"] != story["begins"])
    }

    /// An end joins a protest's story only when its headline shares who protests with the story's
    /// headlines: not when it shares only the kind or the words of ending ("Hospital doctors end
    /// boycott" ends neither a teachers' strike nor a protest that "ends its second week"), nor more
    /// than two weeks after the last report.
    @Test func anEndSharingOnlyTheKindOrTheEndingEndsNoProtest() {
        let day: Int64 = 86_400
        let start = CivilDate.noon(2030, 5, 3)
        func story(_ title: String) -> StoryState {
            let features = HeadlineFeatures.of(title, language: "en", published: start)
            let story = StoryState(key: title)
            story.titleKinds = features.titleKinds
            story.titleTerms = Set(features.titleTerms)
            story.lastTime = start
            return story
        }
        func ends(_ title: String, after days: Int64, _ story: StoryState) -> Bool {
            let time = start + days * day
            return ClusteringEngine.endsProtest(
                HeadlineFeatures.of(title, language: "en", published: time), time: time, of: story)
        }
        let strike = story("Garmiyan teachers go on strike over unpaid salaries")
        #expect(ends("Garmiyan teachers suspend strike as salaries due Sunday", after: 6, strike))
        #expect(!ends("Hospital doctors suspend strike", after: 6, strike))
        #expect(!ends("Garmiyan teachers suspend strike as salaries due Sunday", after: 20, strike))
        #expect(!ends("Garmiyan teachers meet education minister", after: 6, strike))
        let protest = story("Kalar protest ends its second week without a reply")
        #expect(ends("Kalar protest ends after governor meets organisers", after: 3, protest))
        #expect(!ends("Hospital doctors end boycott", after: 3, protest))
    }
}
