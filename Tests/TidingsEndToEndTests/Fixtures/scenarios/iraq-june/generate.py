#!/usr/bin/env python3
"""Generate the "iraq-june" test scenario: one week (2025-06-02 .. 2025-06-08) of
Iraq / Kurdistan Region news in six feeds, four languages and two encodings.

Everything is synthetic. The outlets (Zagros Post, Hawali Slemani, Behdinan Press,
Al-Rafidain Today, Near East Wire, Iraq Digest), bylines, post ids, quoted people
and figures are invented. Real places, institutions and senior office-holders
appear only in reported (indirect) speech; every direct quote is attributed to an
invented or anonymous person.

Re-running rewrites every generated file in this directory:
  zagrospost-en.xml, zagrospost-en.update.xml, slemani-ckb.xml, behdinan-kmr.xml,
  rafidain-ar.xml (windows-1256), neareast-wire.xml, iraqdigest-rdf.xml,
  labels.json and feeds.conf.
"""
import hashlib
import html
import json
import os
import re
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
BAGHDAD = timezone(timedelta(hours=3))
UTC = timezone.utc


def local(s):
    """'2025-06-03 17:20' in Baghdad time (+0300); None stays None (undated item)."""
    return None if s is None else datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BAGHDAD)


def utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def paras(text):
    """Blank-line separated paragraphs of a triple-quoted body, whitespace folded."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def hexid(key, n=32):
    return hashlib.md5(("scenario-iraq-june:" + key).encode()).hexdigest()[:n]


EVENTS = {
    "E1": "Turkish air and artillery strikes on the Mount Metina area, Batifa subdistrict (Zakho district, Duhok "
          "province), from 3 June 2025; forest fires; some 20-27 families leave their villages (follow-up 4 June).",
    "E2": "KRG Council of Ministers session on Wed 4 June 2025 (chaired by Masrour Barzani): Eid al-Adha holiday "
          "5-10 June, Runaki 24-hour electricity extended to more Duhok/Zakho neighbourhoods, wheat purchase plan, "
          "May salaries. HARD NEGATIVE of E3.",
    "E3": "Iraqi federal Council of Ministers session on Tue 3 June 2025 (chaired by al-Sudani): Eid al-Adha holiday "
          "5-9 June, extra fuel funds for power stations, governors may suspend work at 50C, wheat dues. "
          "HARD NEGATIVE of E2.",
    "E4": "Crop fire in wheat fields in Dibis district, Kirkuk province, Mon 2 June 2025 (about 350-400 dunams). "
          "HARD NEGATIVE of E5.",
    "E5": "Crop fire in barley/wheat fields near Sinune (Snune), north of Mount Sinjar/Shingal, Nineveh, Fri 6 June "
          "2025 (about 200-300 dunams). HARD NEGATIVE of E4; several E5 items mention the Dibis fire.",
    "E6": "Drone attack on the Khor Mor gas field (Chamchamal, Sulaimani province) late Thu 5 June 2025: tank fire, "
          "production halted, about 2,000-2,500 MW lost; partial resumption and power recovery 7 June.",
    "E7": "Counter-terrorism raid with air support in Wadi Houran, Anbar, night of 3-4 June 2025: five IS militants "
          "killed, hideouts and a tunnel destroyed. HARD NEGATIVE of E8.",
    "E8": "Gunmen (an IS cell) kidnap power-line maintenance workers in Mutaibija, Salahuddin, Sat 7 June 2025; "
          "security forces free them on Sun 8 June, one kidnapper killed. HARD NEGATIVE of E7; the rescue items "
          "mention the Anbar raid.",
    "E9": "Jordanian Foreign Minister Ayman Safadi's visit to Iraq: Baghdad talks with Fuad Hussein (pipeline to "
          "Aqaba, power link) on Mon 2 June 2025, Erbil leg with Masrour and Nechirvan Barzani on Tue 3 June.",
    "S1": "Singleton: the election commission (IHEC) closes registration of alliances for the 11 November election "
          "(3 June 2025), Al-Rafidain Today only.",
    "S2": "Singleton: Basra heat wave, 49C, heat-exhaustion cases (5 June 2025), Near East Wire only.",
    "S3": "Singleton: about 150 Iraqi families repatriated from Syria's al-Hol camp to the Jeddah-1 centre "
          "(5 June 2025), Zagros Post only.",
    "S4": "Singleton: 12 suspected cholera cases recorded in Sulaimani (5 June 2025), Hawali Slemani only.",
    "S5": "Singleton: Eid youth football tournament opens in Duhok (7 June 2025), Behdinan Press only.",
    "S6": "Singleton: children's theatre festival opens in Sulaimani (undated item), Hawali Slemani only.",
    "S7": "Singleton: contract teachers protest outside the Duhok education directorate (2 June 2025), "
          "Behdinan Press only.",
    "S8": "Singleton: Federal Supreme Court dismisses a lawsuit over seat allocation by census figures "
          "(3 June 2025), Zagros Post only.",
    "S9": "Singleton: shops reopen in Mosul's restored Old City market ahead of Eid (4 June 2025), Iraq Digest's "
          "own copy only.",
    "S10": "Singleton: sacrificial-sheep prices rise in Baghdad markets before Eid (5 June 2025), Al-Rafidain "
           "Today only. Mentions the Eid holiday but not either cabinet session.",
}

ITEMS = {}   # key -> item dict (poll-1 view for Zagros Post)


def add(d):
    assert d["key"] not in ITEMS, d["key"]
    ITEMS[d["key"]] = d
    return d


# ---------------------------------------------------------------------------
# Zagros Post (English, WordPress RSS 2.0, UTF-8)
# ---------------------------------------------------------------------------
ZP = "https://zagrospost.net"


def zp(key, pid, event, when, slug, title, body, cats, creator, img_alt, **kw):
    d = dict(key=key, feed="zagrospost-en.xml", lang="en", event=event, pid=pid,
             guid=f"{ZP}/?p={pid}", date=local(when),
             link=f"{ZP}/{local(when).strftime('%Y/%m/%d')}/{slug}/",
             title=title, body=paras(body), cats=cats, creator=creator, img_alt=img_alt,
             img=f"{ZP}/wp-content/uploads/2025/06/{slug[:40].rstrip('-')}-1024x576.jpg")
    d.update(kw)
    return add(d)


zp("zp-e9", 40117, "E9", "2025-06-02 14:00", "jordans-safadi-in-baghdad-for-pipeline-and-power-talks",
   "Jordan’s Safadi in Baghdad for talks on Basra–Aqaba pipeline and power link",
   """
   Jordanian Foreign Minister Ayman Safadi arrived in Baghdad on Monday for talks with his Iraqi counterpart
   Fuad Hussein, with the long-delayed Basra–Aqaba oil pipeline and the electricity interconnection between the
   two countries at the top of the agenda.

   According to a statement from the Iraqi foreign ministry, the two ministers also discussed the situation in
   Syria, trade through the <a href="https://zagrospost.net/tag/trebil/">Trebil border crossing</a> and regional
   security.

   Safadi was also due to meet Prime Minister Mohammed Shia al-Sudani before heading to Erbil on Tuesday, a
   Jordanian diplomat told Zagros Post.

   “Jordan looks at Iraq, including the Kurdistan Region, as one market,” said the diplomat, who asked not to be
   named. “Trucks, electricity, oil – it all crosses the same border.”

   The pipeline, first agreed more than a decade ago, would carry Iraqi crude from Basra to Jordan’s Red Sea port
   of Aqaba, but it has stalled repeatedly over cost, route and security.
   """, ["Iraq", "Politics"], "Rawa Jalal", "Jordanian and Iraqi flags at the foreign ministry in Baghdad")

zp("zp-e4", 40131, "E4", "2025-06-02 19:30", "fire-destroys-wheat-fields-in-kirkuks-dibis",
   "Fire destroys hundreds of dunams of wheat in Kirkuk’s Dibis district",
   """
   A large fire swept through wheat fields near several villages in Dibis district, northwest of Kirkuk, on
   Monday afternoon, destroying what farmers estimated at about 400 dunams of crops days before the harvest was
   finished.

   Kirkuk civil defence said eight fire engines were sent to the area and that crews needed more than four hours
   to bring the blaze under control, helped by farmers who ploughed firebreaks with their tractors. No one was
   hurt.

   A civil defence officer said a spark from a combine harvester was the most likely cause. Some farmers were not
   convinced.

   “Every summer it is the same story, and every summer they blame the harvester,” said Karwan Mahmoud, whose
   family lost about 60 dunams. “We want a real investigation.”

   Crop fires are common across Kirkuk and Nineveh at harvest time, when temperatures pass 45C and the fields are
   bone dry. One dunam is 2,500 square metres.
   """, ["Kurdistan", "Kirkuk"], "Shwan Rafiq", "Burnt wheat field near Dibis")

zp("zp-s8", 40146, "S8", "2025-06-03 11:00", "federal-court-throws-out-seat-allocation-lawsuit",
   "Federal Supreme Court throws out lawsuit over seat allocation by census figures",
   """
   Iraq’s Federal Supreme Court on Tuesday dismissed a lawsuit that sought to force a redistribution of
   parliamentary seats among the provinces on the basis of last November’s population census, ruling that the
   plaintiff had no legal standing to bring the case.

   The suit, filed by a lawyer from Basra, argued that the seat shares used in the 2021 election no longer
   reflected the population of several provinces and had to be revised before the next vote.

   In a short decision published on its website, the court said the question fell within the powers of the
   legislature, according to a summary seen by Zagros Post.

   “The court has closed this door, but the political fight will simply move back to parliament,” said Hawre Aziz,
   a Sulaimani-based lawyer who follows constitutional cases.

   Iraq’s next parliamentary elections are scheduled for November 11.
   """, ["Iraq", "Politics"], "Rawa Jalal", "The Federal Supreme Court building in Baghdad")

zp("zp-e3", 40158, "E3", "2025-06-03 16:00", "iraqi-cabinet-declares-eid-holiday-heat-measures",
   "Iraqi cabinet declares Eid al-Adha holiday, lets governors halt work in extreme heat",
   """
   The Iraqi Council of Ministers on Tuesday declared an official holiday for Eid al-Adha from Thursday, June 5,
   through Monday, June 9, at its weekly session chaired by Prime Minister Mohammed Shia al-Sudani.

   According to a statement from the prime minister’s media office, the cabinet also approved additional funds to
   buy fuel for power stations over the summer, released the first payment owed to farmers for wheat delivered to
   state silos, and authorised provincial governors to suspend official working hours on days when temperatures
   reach 50 degrees Celsius.

   Southern provinces including Basra, Maysan and Dhi Qar regularly record temperatures near or above 50C in June
   and July, and power cuts are a perennial source of anger.

   “A holiday is nice, but people in Basra want electricity, not days off,” said Ali Hassan, a shopkeeper reached
   by phone.

   The decision covers federal institutions. The Kurdistan Regional Government is expected to announce its own
   Eid holiday.
   """, ["Iraq", "Politics"], "Rawa Jalal", "Cabinet session in Baghdad")

zp("zp-e1", 40163, "E1", "2025-06-03 17:20", "turkish-jets-artillery-pound-metina-duhok",
   "Turkish jets and artillery pound Metina mountain area in Duhok province",
   """
   Turkish warplanes and artillery struck areas around Mount Metina in Duhok province from early Tuesday, local
   officials and residents said, in what appeared to be a new phase of Turkey’s long-running operations against
   the Kurdistan Workers’ Party (PKK) in the Kurdistan Region.

   The strikes hit slopes and forested valleys near two villages in Batifa subdistrict, in Zakho district, and set
   woodland on fire, a local official told Zagros Post. There were no immediate reports of casualties.

   “We heard the jets before dawn, and after that the shelling did not stop,” said a resident of one of the
   villages, who asked not to be named. “Some families have already packed their cars.”

   Turkey maintains dozens of bases and outposts in the mountains of Duhok province and says its operations target
   PKK fighters. Residents and rights groups say the strikes have emptied scores of villages in the border areas
   of Badinan over the past decade.

   The Duhok governorate had not commented by the time of publication.
   """, ["Kurdistan", "Security"], "Dilovan Sindi", "Smoke rising over a mountain near Batifa")

zp("zp-e7", 40170, "E7", "2025-06-04 10:30", "five-isis-militants-killed-in-anbars-wadi-houran",
   "Five ISIS militants killed in air-backed raid in Anbar’s Wadi Houran",
   """
   Iraqi counter-terrorism forces backed by Iraqi Air Force jets killed five Islamic State militants in an
   operation in the Wadi Houran desert valley in western Anbar, the Joint Operations Command said on Wednesday.

   The operation began on Tuesday night after intelligence tracked a group of militants to caves and tunnels in
   the valley, which runs from near the town of Rutba towards the Saudi border, the command said in a statement.

   Three hideouts and a tunnel were destroyed, and weapons, explosive belts and food supplies were seized, it
   added. There were no casualties among Iraqi forces.

   An Anbar security official who spoke on condition of anonymity said the cell had attacked shepherds and
   truffle hunters in the desert. “It was a small group, but they knew every valley out there,” he said.

   Islamic State remnants still carry out sporadic attacks in the deserts of Anbar, Salahuddin and Diyala, though
   the group lost its last territory in Iraq in 2017.
   """, ["Iraq", "Security"], "Shwan Rafiq", "Iraqi counter-terrorism vehicles in the Anbar desert")

zp("zp-e2", 40184, "E2", "2025-06-04 18:45", "krg-cabinet-six-day-eid-holiday-runaki",
   "KRG cabinet approves six-day Eid holiday, extends ‘Runaki’ power project",
   """
   The Kurdistan Regional Government’s Council of Ministers on Wednesday approved a six-day Eid al-Adha holiday,
   from Thursday, June 5, to Tuesday, June 10 – one day longer than the holiday announced by the federal cabinet
   in Baghdad on Tuesday.

   At the session chaired by Prime Minister Masrour Barzani, ministers also agreed to extend the
   <a href="https://zagrospost.net/tag/runaki/">Runaki project</a>, which provides round-the-clock government
   electricity, to 11 more neighbourhoods in Duhok and Zakho, and approved a plan to buy wheat from local farmers
   at a subsidised price, according to a KRG statement.

   The cabinet also reviewed talks with Baghdad over public-sector pay and said it was still waiting for federal
   funds to cover May salaries.

   “Six days off is fine, but all my colleagues are asking one question: when do we get paid?” said Shirin Omar, a
   teacher in Erbil.

   Civil servants in the Kurdistan Region have faced repeated salary delays since 2014 amid budget disputes between
   Erbil and Baghdad.
   """, ["Kurdistan", "Politics"], "Dilovan Sindi", "KRG Council of Ministers meeting in Erbil")

zp("zp-s3", 40199, "S3", "2025-06-05 12:10", "another-150-iraqi-families-return-from-al-hol",
   "Another 150 Iraqi families return from Syria’s al-Hol camp",
   """
   A new group of about 150 Iraqi families, more than 600 people, arrived on Thursday at the Jeddah-1
   rehabilitation centre south of Mosul after being repatriated from al-Hol camp in northeastern Syria, an official
   at Iraq’s Ministry of Migration and Displacement said.

   The families crossed the border in a convoy escorted by Iraqi security forces, the official told Zagros Post on
   condition of anonymity. They will spend several months at the centre, where they go through security screening
   and receive psychological support before returning to their home areas.

   Iraq has brought back thousands of its citizens from al-Hol since 2021 and has urged other countries to take back
   their nationals from the camp, which still holds tens of thousands of people, mostly women and children.

   “Some of these children have never seen Iraq,” said Nadia Khalil, a social worker with a local organisation that
   works at the centre. “The first weeks are the hardest.”
   """, ["Iraq", "Society"], "Rawa Jalal", "Buses arriving at the Jeddah-1 centre")

zp("zp-e6", 40212, "E6", "2025-06-06 09:15", "drone-hits-khor-mor-gas-field-output-halted",
   "Drone hits Khor Mor gas field, output halted & power cut across Kurdistan",
   """
   A drone struck a storage tank at the Khor Mor gas field in Sulaimani province’s Chamchamal district late on
   Thursday, starting a fire and forcing a complete halt to gas production on the eve of Eid al-Adha, security and
   energy officials said.

   No one was hurt in the attack, which took place at around 11:40pm, according to the Kurdistan Region’s interior
   ministry, which described it as a terrorist attack on the region’s economy. Firefighters had put out the blaze
   by early Friday.

   The region’s electricity ministry said the shutdown cut about 2,000 megawatts from the grid and warned of longer
   power cuts in Erbil, Sulaimani and Duhok until production resumes.

   Khor Mor, operated by the UAE’s Dana Gas and Crescent Petroleum for the Pearl Petroleum consortium, feeds the
   main power plants in the region. It has been targeted repeatedly by rockets and drones since 2022. The KDP and
   the PUK both condemned the attack.

   No group has claimed responsibility.
   """, ["Kurdistan", "Energy"], "Shwan Rafiq", "Khor Mor gas field near Chamchamal",
   note="title carries a double-escaped '&amp;amp;' in the XML")

zp("zp-e5", 40226, "E5", "2025-06-06 20:00", "crop-fire-scorches-farmland-near-sinjars-sinune",
   "Crop fire scorches farmland near Sinjar’s Sinune, second big blaze this week",
   """
   A fire burned through barley and wheat fields near Sinune, north of Mount Sinjar, on Friday, the second major
   crop fire in northern Iraq this week after hundreds of dunams went up in flames in Kirkuk’s Dibis district on
   Monday.

   Yazidi farmers used water tankers and green branches to fight the blaze until civil defence teams arrived from
   Sinjar town. Local officials estimated the damage at 250 to 300 dunams.

   “We came back to our land two years ago. Now the harvest is gone in one afternoon,” said Dakheel Elias, whose
   fields were burned.

   The cause of the fire was not immediately known. Nineveh’s civil defence directorate has urged farmers to keep
   extinguishers and water close to their fields during the harvest.

   Many Yazidis displaced in 2014 still live in camps in Duhok province, and local officials say lost harvests
   discourage families from returning to Shingal.
   """, ["Iraq", "Shingal"], "Dilovan Sindi", "Burnt barley field north of Mount Sinjar")

zp("zp-e8a", 40233, "E8", "2025-06-07 13:30", "gunmen-kidnap-power-line-workers-in-mutaibija",
   "Gunmen kidnap two power-line workers in Salahuddin’s Mutaibija",
   """
   Gunmen kidnapped two workers who were repairing a high-voltage power line in the Mutaibija area of Salahuddin
   province on Saturday morning, a local security source said.

   The workers, employed by a contractor of the Ministry of Electricity, were seized along with their pickup truck
   near the boundary between Salahuddin and Diyala, an area where Islamic State remnants have long been active, the
   source told Zagros Post.

   Security forces closed roads around the area and began a search. No group has claimed the abduction.

   “They were only fixing towers that the wind knocked down last week,” said a colleague of the workers, who asked
   not to be named.

   Attacks on power lines are common in summer, when demand for electricity peaks and outages fuel public anger.
   """, ["Iraq", "Security"], "Shwan Rafiq", "High-voltage towers in Salahuddin province",
   revised=dict(
       title="Gunmen kidnap three power-line workers in Salahuddin’s Mutaibija",
       first="Gunmen kidnapped three workers who were repairing a high-voltage power line in the Mutaibija area of "
             "Salahuddin province on Saturday morning, a local security source said, correcting an earlier count "
             "of two."))

# Poll-2 only (new posts in zagrospost-en.update.xml)
zp("zp-e6b", 40251, "E6", "2025-06-07 16:00", "khor-mor-gas-production-partly-resumes",
   "Khor Mor gas production partly resumes after drone attack",
   """
   Gas production at the Khor Mor field partly resumed on Saturday, two days after a drone attack set a storage
   tank on fire and forced a full shutdown, the Kurdistan Region’s electricity ministry said.

   The ministry said power supply would return to normal gradually over the next 48 hours as gas flows to the
   Chamchamal, Bazian and Erbil power plants recover.

   The outage, which coincided with the first days of Eid al-Adha and temperatures above 45C, sharply reduced
   power hours in Sulaimani and Erbil, where many families rely on private neighbourhood generators.

   “We spent Eid in the dark and in the heat,” said Hemin Karim, a resident of Sulaimani’s Sarchinar district.

   A joint committee from Baghdad and Erbil has been formed to investigate the attack, the ministry said.
   """, ["Kurdistan", "Energy"], "Shwan Rafiq", "Workers at a gas processing unit", poll=2)

zp("zp-e8b", 40260, "E8", "2025-06-08 11:00", "security-forces-free-kidnapped-power-workers-salahuddin",
   "Security forces free kidnapped power workers in Salahuddin, one captor killed",
   """
   Iraqi security forces on Sunday freed three power-line workers who were abducted a day earlier in the
   Mutaibija area of Salahuddin province, killing one of the kidnappers and arresting two others, the Salahuddin
   Operations Command said.

   The workers were found in an abandoned farmhouse near the boundary with Diyala province and were in good health,
   the command said in a statement. It said the kidnappers belonged to an Islamic State cell.

   The rescue came days after counter-terrorism forces killed five militants in a separate raid in Anbar’s Wadi
   Houran desert.

   “They kept us blindfolded all night. When we heard the soldiers we thought it was the end,” one of the freed
   workers told Zagros Post by phone.

   The Ministry of Electricity has asked for more protection for maintenance teams working in remote areas.
   """, ["Iraq", "Security"], "Shwan Rafiq", "Iraqi army vehicles on a rural road", poll=2)


# ---------------------------------------------------------------------------
# Hawali Slemani (Sorani Kurdish, Arabic script, WordPress RSS 2.0, UTF-8).
# Separately written reports, not translations.
# ---------------------------------------------------------------------------
HS = "https://hawalislemani.net"


def slugify(title, n=9):
    words = re.sub(r"[«»:،؛؟!?\".,()|]", " ", title).split()[:n]
    return "-".join(words)


def hs(key, pid, event, when, title, body, cats, creator="هەواڵی سلێمانی", **kw):
    slug = urllib.parse.quote(slugify(title), safe="-")
    d = dict(key=key, feed="slemani-ckb.xml", lang="ckb", event=event, pid=pid,
             guid=f"{HS}/?p={pid}", date=local(when), link=f"{HS}/{slug}/",
             title=title, body=paras(body), cats=cats, creator=creator)
    d.update(kw)
    return add(d)


hs("hs-e4", 88210, "E4", "2025-06-03 09:30",
   "ئاگر نزیکەی ٤٠٠ دۆنم کێڵگەی گەنمی لە دووبز سووتاند",
   """
   کەرکووک - هەواڵی سلێمانی

   ئێوارەی دوێنێ دووشەممە ئاگرێکی گەورە لە کێڵگەکانی گەنمی چەند گوندێکی سەر بە قەزای دووبز کەوتەوە و بە گوتەی
   جووتیاران نزیکەی ٤٠٠ دۆنم بەروبووم سووتا.

   تیمەکانی بەرگریی شارستانی کەرکووک بە هەشت ئۆتۆمبێلی ئاگرکوژێنەوە گەیشتنە شوێنەکە و دوای زیاتر لە چوار
   کاتژمێر توانیان ئاگرەکە کۆنتڕۆڵ بکەن. بەرگریی شارستانی دەڵێت پریشکی مەکینەیەکی دروێنە هۆکاری ڕووداوەکە بووە.

   بەڵام ئازاد حەمە ئەمین، جووتیارێکی ناوچەکە، بە هەواڵی سلێمانی گوت: «ساڵێک ماندوو بووین، لە چەند
   خولەکێکدا هەمووی بوو بە خۆڵەمێش. هەموو ساڵێک دەڵێن مەکینە بووە، داوای لێکۆڵینەوەیەکی ڕاستەقینە دەکەین.»

   ساڵانە لە وەرزی دروێنەدا دەیان ئاگرکەوتنەوە لە کێڵگەکانی کەرکووک و نەینەوا تۆمار دەکرێن و جووتیاران
   بەشێکیان بە کاری ئەنقەست دەزانن.
   """, ["کەرکووک", "هەواڵ"])

hs("hs-e9", 88236, "E9", "2025-06-03 16:40",
   "وەزیری دەرەوەی ئوردن لە هەولێر لەگەڵ مەسرور بارزانی کۆبووەوە",
   """
   هەولێر - هەواڵی سلێمانی

   ئەیمەن سەفەدی، وەزیری دەرەوەی ئوردن، ئەمڕۆ سێشەممە گەیشتە هەولێر و لەگەڵ مەسرور بارزانی، سەرۆکی حکوومەتی
   هەرێمی کوردستان، کۆبووەوە.

   بەپێی بەیاننامەیەکی حکوومەتی هەرێم، لە کۆبوونەوەکەدا پەیوەندییە ئابووری و بازرگانییەکانی نێوان هەرێم و
   ئوردن، زیادکردنی گەشتە ئاسمانییەکانی نێوان هەولێر و عەممان و دۆخی سووریا تاوتوێ کران.

   سەفەدی دواتر لەگەڵ نێچیرڤان بارزانی، سەرۆکی هەرێمی کوردستان، کۆبووەوە.

   وەزیری دەرەوەی ئوردن دوێنێ لە بەغدا لەگەڵ فوئاد حوسێن و محەمەد شیاع سوودانی کۆبووبووەوە و پڕۆژەی بۆری
   نەوتی بەسرە - عەقەبە و بەستنەوەی تۆڕی کارەبای نێوان هەردوو وڵاتیان تاوتوێ کردبوو.
   """, ["سیاسی", "هەواڵ"], creator="ڕێژوان عەلی")

hs("hs-e3", 88241, "E3", "2025-06-03 20:10",
   "ئەنجومەنی وەزیرانی عێراق پشووی جەژنی قوربانی ڕاگەیاند",
   """
   بەغدا - هەواڵی سلێمانی

   ئەنجومەنی وەزیرانی عێراق لە کۆبوونەوەی ئەمڕۆی سێشەممەیدا بە سەرۆکایەتیی محەمەد شیاع سوودانی، بڕیاری دا لە
   پێنجشەممە ٥ی حوزەیرانەوە تا دووشەممە ٩ی حوزەیران پشووی فەرمیی جەژنی قوربان بێت لە سەرانسەری عێراق.

   بەپێی بەیاننامەی نووسینگەی ڕاگەیاندنی سەرۆکوەزیران، ئەنجومەنەکە هەروەها پارەی زیادەی بۆ کڕینی سووتەمەنیی
   وێستگەکانی کارەبا لە وەرزی هاویندا پەسەند کرد و ڕێگەی بە پارێزگاران دا لەو ڕۆژانەی پلەی گەرما دەگاتە ٥٠
   پلەی سەدی، دەوامی فەرمی ڕابگرن.

   بڕیارەکانی ئەنجومەنی وەزیرانی فیدراڵ تەنها دامەزراوە فیدراڵییەکان دەگرێتەوە. چاوەڕێ دەکرێت ئەنجومەنی
   وەزیرانی هەرێمی کوردستانیش لە کۆبوونەوەی سبەینێیدا بڕیار لەسەر پشووی جەژن بدات.
   """, ["عێراق", "هەواڵ"])

hs("hs-e1", 88257, "E1", "2025-06-04 11:00",
   "بەردەوامیی بۆردومانی تورکیا لە چیای مەتینا و چۆڵبوونی گوندەکان",
   """
   دهۆک - هەواڵی سلێمانی

   بۆ ڕۆژی دووەم لەسەریەک، فڕۆکە جەنگییەکان و تۆپخانەی سوپای تورکیا ناوچەکانی چیای مەتینا لە سنووری
   ناحیەی باتیفای سەر بە قەزای زاخۆ بۆردومان دەکەن.

   سەرچاوەیەکی ناوخۆیی بە هەواڵی سلێمانی ڕاگەیاند، زیاتر لە ٢٠ خێزان ناچار بوون گوندەکانیان جێبهێڵن و ڕوو لە
   ناوەندی باتیفا و شاری زاخۆ بکەن، هەروەها بەهۆی تۆپبارانەکەوە ئاگر لە دارستان و باخەکانی ناوچەکە بەربووە.

   ڕێکخراوە مرۆییەکان کە چاودێریی هێرشەکانی تورکیا دەکەن، پێشتر ڕایانگەیاندبوو سەدان گوند لە ناوچە
   سنوورییەکانی بادینان بەهۆی ئۆپەراسیۆنەکانی تورکیاوە چۆڵ کراون.

   تورکیا دەڵێت ئۆپەراسیۆنەکانی دژی چەکدارانی پەکەکەیە، هەرچەندە پەکەکە لە مانگی ئایاردا ڕایگەیاند خۆی
   هەڵدەوەشێنێتەوە.
   """, ["کوردستان", "ئەمنی"], creator="ڕێژوان عەلی")

hs("hs-e7", 88262, "E7", "2025-06-04 13:00",
   "کوژرانی پێنج چەکداری داعش لە ئۆپەراسیۆنێک لە وادی حەوران",
   """
   ئەنبار - هەواڵی سلێمانی

   فەرماندەیی ئۆپەراسیۆنە هاوبەشەکانی عێراق ڕایگەیاند، لە ئۆپەراسیۆنێکی دەزگای دژە تیرۆر بە پشتیوانیی هێزی
   ئاسمانیی عێراق لە وادی حەورانی سەر بە پارێزگای ئەنبار، پێنج چەکداری داعش کوژران.

   بەپێی بەیاننامەکە، لە ئۆپەراسیۆنەکەدا کە شەوی سێشەممە دەستی پێکرد، سێ شوێنی خۆشاردنەوە و تونێلێک
   تێکدران و بڕێک چەک و تەقەمەنی و پشتێنی بۆمبڕێژکراو دەستی بەسەردا گیرا.

   وادی حەوران، کە لە نزیک شاری ڕوتبە و سنووری سعوودیە و ئوردنە، یەکێکە لەو ناوچە بیابانییانەی پاشماوەکانی
   داعش وەک پەناگە بەکاری دەهێنن.
   """, ["عێراق", "ئەمنی"])

hs("hs-e2", 88275, "E2", "2025-06-04 19:00",
   "ئەنجومەنی وەزیران: پشووی جەژنی قوربان شەش ڕۆژ دەبێت",
   """
   هەولێر - هەواڵی سلێمانی

   ئەنجومەنی وەزیرانی هەرێمی کوردستان لە کۆبوونەوەی ئەمڕۆی چوارشەممەیدا بە سەرۆکایەتیی مەسرور بارزانی،
   بڕیاری دا لە پێنجشەممە ٥ی حوزەیرانەوە تا سێشەممە ١٠ی حوزەیران پشووی جەژنی قوربان بێت، واتە شەش ڕۆژ.

   هەروەها ئەنجومەن بڕیاری فراوانکردنی پڕۆژەی ڕووناکی دا بۆ ١١ گەڕەکی تری دهۆک و زاخۆ، و پلانێکی کڕینی
   گەنمی جووتیارانی بە نرخی پاڵپشتیکراو پەسەند کرد.

   لەبارەی مووچەوە، ئەنجومەن ئاماژەی بەوە دا کە چاوەڕێی ناردنی پارەی مووچەی مانگی ئایار لە بەغداوە دەکات.

   فەرمانبەرێکی حکوومی لە سلێمانی بە هەواڵی سلێمانی گوت: «پشوو باشە، بەڵام پێش هەموو شتێک مووچەکەمان
   دەوێت.»

   پشووەکەی هەولێر یەک ڕۆژ درێژترە لە پشووی حکوومەتی فیدراڵ، کە دوێنێ ڕایگەیاند پشوو تا دووشەممە دەبێت.
   """, ["کوردستان", "هەواڵ"], creator="ڕێژوان عەلی")

hs("hs-s4", 88290, "S4", "2025-06-05 14:00",
   "تۆمارکردنی ١٢ حاڵەتی گوماناوی کۆلێرا لە سلێمانی",
   """
   سلێمانی - هەواڵی سلێمانی

   بەڕێوەبەرایەتیی گشتیی تەندروستیی سلێمانی ڕایگەیاند لە ماوەی هەفتەی ڕابردوودا ١٢ حاڵەتی گوماناوی نەخۆشیی
   کۆلێرا لە نەخۆشخانەکانی شار و قەزاکانی دەوروبەر تۆمار کراون و نموونەکانیان بۆ تاقیگە نێردراون.

   پزیشکێکی نەخۆشخانەی فێرکاریی سلێمانی کە نەیویست ناوی بهێنرێت گوتی: «زۆربەی حاڵەتەکان منداڵن و دۆخیان
   جێگیرە. هۆکاری سەرەکی ئاوی خواردنەوەی پیس و سەوزەی نەشۆراوە.»

   تەندروستی داوا لە هاووڵاتیان دەکات ئاوی کوڵاو بخۆنەوە، سەوزە باش بشۆن و لە کاتی ڕشانەوە و سکچووندا
   سەردانی نزیکترین بنکەی تەندروستی بکەن. ساڵی ٢٠٢٢ سلێمانی یەکێک بوو لەو شوێنانەی کۆلێرای تێدا بڵاوبووەوە.
   """, ["تەندروستی"])

hs("hs-e6a", 88301, "E6", "2025-06-06 01:20",
   "هێرشی درۆن کرایە سەر کێڵگەی گازی کۆرمۆر",
   """
   چەمچەماڵ - هەواڵی سلێمانی

   درەنگانی شەوی پێنجشەممە، نزیکەی کاتژمێر ١١:٤٠ی شەو، کێڵگەی گازی کۆرمۆر لە سنووری قەزای چەمچەماڵ کرایە
   ئامانجی هێرشێکی درۆن.

   سەرچاوەیەکی ئەمنی بە هەواڵی سلێمانی گوت، درۆنەکە بەر تانکییەکی هەڵگرتنی کۆندێنسەیت کەوتووە و ئاگری
   لێ بووەتەوە. تیمەکانی بەرگریی شارستانی بە پەلە گەیشتنە شوێنەکە.

   تا ئێستا هیچ زیانێکی گیانی ڕانەگەیەنراوە، بەڵام بەرهەمهێنانی گاز بە تەواوی ڕاگیراوە و چاوەڕێ دەکرێت
   کاتژمێرەکانی کارەبای نیشتمانی کەم ببنەوە.

   ئەمە یەکەم هێرش نییە بۆ سەر کۆرمۆر؛ لە ساڵانی ڕابردوودا کێڵگەکە چەندین جار بە مووشەک و درۆن کراوەتە
   ئامانج.
   """, ["ئابووری", "ئەمنی"])

hs("hs-e6b", 88322, "E6", "2025-06-07 12:30",
   "دوای هێرشەکەی کۆرمۆر: کارەبا کەم بووەوە، بەرهەمهێنانی گاز بەشێکی دەستی پێکردەوە",
   """
   سلێمانی - هەواڵی سلێمانی

   دوای ئەوەی هێرشی درۆن بۆ سەر کێڵگەی گازی کۆرمۆر بووە هۆی ڕاگرتنی بەرهەمهێنان، کاتژمێرەکانی کارەبای
   نیشتمانی لە سلێمانی و هەولێر و دهۆک بە شێوەیەکی بەرچاو کەمیان کرد، ئەویش لە ڕۆژانی جەژنی قوربان و لە
   کاتێکدا پلەی گەرما لە ٤٥ پلە تێپەڕیوە.

   وەزارەتی کارەبای هەرێم ڕایگەیاند نزیکەی ٢٥٠٠ مێگاوات لە تۆڕەکە کەم بووەتەوە، بەڵام ئەمڕۆ شەممە
   بەرهەمهێنانی گاز بە شێوەیەکی بەشەکی دەستی پێکردۆتەوە و چاوەڕێ دەکرێت لە ماوەی ٤٨ کاتژمێری داهاتوودا
   کارەبا ئاسایی ببێتەوە.

   پارتی و یەکێتی هێرشەکەیان بە توندی ئیدانە کرد و داوای دۆزینەوەی ئەنجامدەرانیان کرد.

   هاووڵاتییەکی گەڕەکی سەرچنار گوتی: «مۆلیدەی گەڕەکیش تەنها شەش کاتژمێر کار دەکات، منداڵەکانمان لە گەرمادا
   خەویان لێ ناکەوێت.»
   """, ["ئابووری", "هەواڵ"], creator="ڕێژوان عەلی")

hs("hs-e8", 88340, "E8", "2025-06-08 13:10",
   "هێزە ئەمنییەکانی عێراق کرێکارە ڕفێنراوەکانی کارەبایان لە مەتیبیجە ئازاد کرد",
   """
   سەڵاحەدین - هەواڵی سلێمانی

   فەرماندەیی ئۆپەراسیۆنەکانی سەڵاحەدین ڕایگەیاند، هێزە ئەمنییەکان ئەمڕۆ یەکشەممە لە ئۆپەراسیۆنێکدا سێ
   کرێکاری چاککردنەوەی هێڵی کارەبایان ئازاد کرد کە دوێنێ لە ناوچەی مەتیبیجە لەلایەن چەکدارانەوە ڕفێنرابوون.

   بەپێی بەیاننامەکە، لە ئۆپەراسیۆنەکەدا یەکێک لە ڕفێنەران کوژرا و دوو کەسی دیکە دەستگیر کران. کرێکارەکان لە
   خانوویەکی چۆڵکراو لە نزیک سنووری دیالە دۆزرانەوە و تەندروستییان باشە.

   ناوچەی مەتیبیجە کە دەکەوێتە نێوان پارێزگاکانی سەڵاحەدین و دیالە، ماوەیەکی درێژە یەکێکە لە شوێنەکانی
   چالاکیی شانە نووستووەکانی داعش و چەندین جار هێرش کراوەتە سەر تاوەرەکانی کارەبا تێیدا.
   """, ["عێراق", "ئەمنی"])

hs("hs-s6", 88180, "S6", None,
   "فێستیڤاڵی شانۆی منداڵان لە سلێمانی دەست پێدەکات",
   """
   سلێمانی - هەواڵی سلێمانی

   بە بەشداریی ١٤ تیپی شانۆیی لە شارەکانی هەرێمی کوردستان، فێستیڤاڵی شانۆی منداڵان لە تەلاری هونەری
   سلێمانی دەست پێدەکات و بۆ ماوەی پێنج ڕۆژ بەردەوام دەبێت.

   ڕێکخەری فێستیڤاڵەکە، هونەرمەند سۆران ئەحمەد، گوتی: «ئامانجمان ئەوەیە منداڵان لە پشووی هاویندا شانۆ
   ببینن و ببن بە بەشێک لێی، نەک تەنها لەبەردەم مۆبایلدا دابنیشن.»

   جگە لە نمایشەکان، چەند وۆرکشۆپێکی ئەکتەری و دروستکردنی بووکەڵە بۆ منداڵانی تەمەن ٧ تا ١٢ ساڵ ڕێکدەخرێن.
   چوونە ژوورەوە بۆ هەموو نمایشەکان بێبەرامبەرە.
   """, ["کولتوور"], note="item has no pubDate")


# ---------------------------------------------------------------------------
# Behdinan Press (Kurmanji Kurdish, Latin script, custom-CMS RSS 2.0, GMT dates,
# HTML in a CDATA description, guid = permalink). Two items are title-only.
# ---------------------------------------------------------------------------
BP = "https://behdinanpress.net/kmr"


def bp(key, nid, event, when, title, body, cat, **kw):
    d = dict(key=key, feed="behdinan-kmr.xml", lang="kmr", event=event, nid=nid,
             link=f"{BP}/nuce/{nid}", date=local(when), title=title,
             body=paras(body) if body else None, cat=cat)
    d["guid"] = d["link"]
    d.update(kw)
    return add(d)


bp("bp-s7", 48190, "S7", "2025-06-02 12:20",
   "Mamosteyên girêbest li ber Rêveberiya Perwerdeyê ya Duhokê xwepêşandan kirin",
   """
   Duhok – Behdînan Press

   Bi sedan mamosteyên girêbest îro, Duşemê, li ber avahiya Rêveberiya Giştî ya Perwerdeyê ya Duhokê kom bûn û
   daxwaz kirin ku li ser kadroya daîmî werin wergirtin.

   Xwepêşander dibêjin ku hinek ji wan zêdetirî deh salan e bi mûçeyekî kêm, an jî bê mûçe, di dibistanan de
   wane didin.

   Mamosteyeke girêbest a ku nexwest navê wê were weşandin got: "Sibê em di polê de ne, piştî nîvro jî li bazarê
   kar dikin da ku kirêya malê bidin. Heta kengî?"

   Xwepêşandan bi aramî bi dawî bû. Nûnerekî rêveberiyê soz da ku daxwazên wan bigihîne Wezareta Perwerdeyê li
   Hewlêrê.
   """, "Civak")

bp("bp-e1a", 48203, "E1", "2025-06-03 08:40",
   "Balafirên şer ên Tirkiyê derdora Çiyayê Metînayê bombebaran dikin", None, "Nûçeyên lezgîn",
   note="title-only item: no description")

bp("bp-e1b", 48207, "E1", "2025-06-03 11:30",
   "Artêşa Tirkiyê li herêma Metînayê operasyoneke nû da destpêkirin",
   """
   Duhok – Behdînan Press

   Artêşa Tirkiyê serê sibeha îro, Sêşemê, bi balafirên şer û topan êrîşî deverên Çiyayê Metînayê yên ser bi
   nahiyeya Batîfayê ve kir.

   Li gorî agahiyên ku gihîştine Behdînan Press, ji saet pêncê sibê ve bi dehan mûşek û gulleyên topan li nêzî du
   gundên nahiyeyê ketine û di daristanên derdorê de agir pê ketiye.

   Gundiyekî ku nexwest navê wî were eşkerekirin ji me re got: "Ji berbanga sibê ve deng nebiriye. Zarokên me
   ditirsin, em nizanin em ê bimînin an biçin."

   Heta niha zirarên giyanî nehatine tomarkirin. Rayedarên Parêzgeha Duhokê hîn daxuyaniyeke fermî nedane.
   Tirkiye dibêje operasyonên wê li Herêma Kurdistanê li dijî çekdarên PKKê ne.
   """, "Kurdistan")

bp("bp-e9", 48214, "E9", "2025-06-03 15:00",
   "Wezîrê Derve yê Urdunê li Hewlêrê bi Mesrûr Barzanî re civiya",
   """
   Hewlêr – Behdînan Press

   Wezîrê Karên Derve yê Urdunê Eymen Sefedî îro, Sêşemê, serdana Hewlêrê kir û bi Serokwezîrê Herêma
   Kurdistanê Mesrûr Barzanî û Serokê Herêmê Neçîrvan Barzanî re civiya.

   Li gorî daxuyaniyeke Hikûmeta Herêma Kurdistanê, di hevdîtinê de têkiliyên bazirganî yên di navbera Herêmê û
   Urdunê de, rewşa Sûriyeyê û ewlehiya herêmê hatin gotûbêjkirin, û her du aliyan tekez li ser zêdekirina
   geştên asmanî yên di navbera Hewlêr û Ammanê de kir.

   Sefedî doh li Bexdayê bi hevpîşeyê xwe yê Iraqî Fuad Husên û Serokwezîr Mihemed Şiya Sûdanî re hevdîtin
   kiribû û li ser projeya boriya petrolê ya Besra–Eqebe û girêdana tora elektrîkê axivîbû.

   Urdun yek ji wan welatan e ku her sal hejmareke mezin ji geştiyarên Herêma Kurdistanê diçinê.
   """, "Siyaset")

bp("bp-e1c", 48226, "E1", "2025-06-04 10:15",
   "27 malbat ji ber bombebarana Tirkiyê gundên xwe yên li Batîfayê vala kirin",
   """
   Batîfa – Behdînan Press

   Piştî du rojan ji bombebarana berdewam a artêşa Tirkiyê li ser Çiyayê Metînayê, 27 malbat gundên xwe yên li
   nahiyeya Batîfayê vala kirin û berê xwe dan navenda nahiyeyê û bajarê Zaxoyê.

   Berpirsekî îdareya Batîfayê ji Behdînan Press re ragihand ku malbat niha li cem xizm û nasên xwe dimînin, û
   Parêzgeha Duhokê hinek alîkariyên xwarin û avê şandine.

   Hesen Ebdulla, cotkarekî 54 salî, got: "Me baxên xwe yên gûzan û tirî li pey xwe hiştin. Agir heta ber deriyê
   gund hat."

   Li gorî çavkaniyên herêmî, leşkerên Tirk ji bingeheke nêzî sînor ber bi girên ser gundan ve pêşve çûne.
   Wezareta Parastinê ya Tirkiyê di daxuyaniyekê de ragihand ku li bakurê Iraqê armancên PKKê hatine lêdan.
   """, "Kurdistan")

bp("bp-e2", 48232, "E2", "2025-06-04 17:30",
   "Encumena Wezîran a Herêma Kurdistanê betlaneya Cejna Qurbanê ragihand",
   """
   Hewlêr – Behdînan Press

   Encumena Wezîran a Herêma Kurdistanê îro, Çarşemê, di civîna xwe ya heftane de ku bi serokatiya Mesrûr
   Barzanî hat lidarxistin, biryar da ku ji Pêncşema 5ê heta Sêşema 10ê Hezîranê betlaneya fermî ya Cejna
   Qurbanê be.

   Encumenê her wiha biryar da ku projeya "Ronakî" ya elektrîka 24 saetan li 11 taxên nû yên Duhok û Zaxoyê
   were berfirehkirin, û bernameyek ji bo kirîna genimê cotkaran bi bihayekî piştgirîkirî hat pejirandin.

   Derbarê mûçeyan de, encumenê rewşa danûstandinên bi Bexdayê re nirxand û diyar kir ku ew li benda şandina
   pereyê mûçeyên meha Gulanê ye.

   Berî rojekê, Encumena Wezîran a Iraqê jî betlaneya cejnê ji bo saziyên federal ji 5ê heta 9ê Hezîranê
   ragihandibû.
   """, "Kurdistan")

bp("bp-e6", 48245, "E6", "2025-06-06 11:00",
   "Êrîşa dronê li ser kêlgeha gazê ya Kormorê; elektrîk li Herêmê kêm bû",
   """
   Silêmanî – Behdînan Press

   Şeva borî, nêzî saet 23:40an, kêlgeha gazê ya Kormorê li navçeya Çemçemalê ya ser bi Parêzgeha Silêmaniyê ve
   rastî êrîşeke bi dronê hat.

   Li gorî çavkaniyên ewlehiyê, dronê li tankeke hilgirtina kondensatê xist û agir pê ket. Kes birîndar nebû, lê
   hilberîna gazê bi tevahî hate rawestandin.

   Wezareta Elektrîkê ya Herêma Kurdistanê ragihand ku ji ber rawestana gazê, nêzî 2,000 megawat ji tora
   elektrîkê kêm bûne û dê saetên elektrîkê li Duhok, Hewlêr û Silêmaniyê kêmtir bibin.

   PDK û YNKê êrîş şermezar kirin. Kormor berê jî çend caran bûye armanca êrîşên bi dron û mûşekan, û heta niha
   tu aliyekî berpirsiyariya êrîşê negirtiye ser xwe.
   """, "Aborî")

bp("bp-e5", 48251, "E5", "2025-06-06 19:00",
   "Agir bi sedan donim zeviyên ceh û genim li Şingalê şewitandin",
   """
   Şingal – Behdînan Press

   Îro, Înê, agirekî mezin li zeviyên ceh û genim ên nêzî Snûnê, li bakurê Çiyayê Şingalê, pê ket û li gorî
   cotkaran nêzî 300 donim zevî şewitîn.

   Gundiyan bi tankerên avê û bi çiqilên kesk hewl dan agir vemirînin, heta ku tîmên Berevaniya Şaristanî ji
   navenda Şingalê gihîştin. Agir piştî nêzî sê saetan hate kontrolkirin.

   Xidir Qasim, cotkarekî Êzidî, got: "Ev hemû debara me ya salekê bû. Em nû vegeriyabûn gundê xwe, û niha dîsa
   tiştek nemaye."

   Sedema agir hîn ne diyar e. Di destpêka vê hefteyê de jî agirekî mezin li qezaya Dubizê ya Kerkûkê bi sedan
   donim genim şewitandibû.
   """, "Şingal")

bp("bp-s5", 48266, "S5", "2025-06-07 18:00",
   "Tûrnûvaya futbolê ya ciwanan a Cejnê li Duhokê bi 16 tîman dest pê kir",
   """
   Duhok – Behdînan Press

   Di roja duyem a Cejna Qurbanê de, tûrnûvaya salane ya futbolê ya ciwanan li yariggeha Duhokê bi beşdariya 16
   tîmên ji navçe û gundên parêzgehê dest pê kir.

   Rêvebirê tûrnûvayê Azad Şêxo got: "Armanca me ew e ku ciwan di betlaneyê de li şûna kolanan li yariggehê bin.
   Em hêvî dikin ku îsal temaşevan ji sala borî zêdetir bin."

   Di yariya vekirinê de tîma Semêlê bi 2-1 li hember tîma Akrê bi ser ket. Fînala tûrnûvayê dê di 20ê
   Hezîranê de were lidarxistin.
   """, "Werziş")


# ---------------------------------------------------------------------------
# Al-Rafidain Today (Arabic, RSS 2.0, windows-1256 bytes, escaped-HTML description,
# no content:encoded). Characters that cp1256 lacks (Arabic-Indic digits) are written
# as XML character references, as a cp1256 CMS does. One item is title-only.
# ---------------------------------------------------------------------------
RT = "https://rafidaintoday.iq"


def rt(key, nid, event, when, title, body, cat, **kw):
    slug = urllib.parse.quote(slugify(title.replace("عاجل", ""), 8), safe="-")
    d = dict(key=key, feed="rafidain-ar.xml", lang="ar", event=event, nid=nid,
             guid=f"rafidaintoday-{nid}", link=f"{RT}/news/{nid}/{slug}", date=local(when), title=title,
             body=paras(body) if body else None, cat=cat)
    d.update(kw)
    return add(d)


rt("rt-e9", 118234, "E9", "2025-06-02 13:20",
   "الصفدي يصل بغداد ويبحث مع فؤاد حسين ملف أنبوب البصرة – العقبة",
   """
   وصل وزير الخارجية الأردني أيمن الصفدي، اليوم الاثنين، إلى العاصمة بغداد في زيارة رسمية يلتقي خلالها عدداً
   من كبار المسؤولين العراقيين.

   وذكرت وزارة الخارجية العراقية في بيان، أن الوزير فؤاد حسين استقبل نظيره الأردني، وبحث معه العلاقات الثنائية
   ومشروع أنبوب النفط الممتد من البصرة إلى ميناء العقبة، فضلاً عن مشروع <strong>الربط الكهربائي</strong> بين
   البلدين والتطورات في سوريا.

   وقال مصدر دبلوماسي لـ"الرافدين اليوم"، إن "الصفدي سيلتقي رئيس الوزراء محمد شياع السوداني في وقت لاحق من
   اليوم، ومن المتوقع أن يتوجه غداً إلى أربيل للقاء قادة الإقليم".

   ويرتبط العراق والأردن بعدة مشاريع اقتصادية ضمن آلية التعاون الثلاثي مع مصر، وسط مطالبات برلمانية بتسريع
   تنفيذها بعد سنوات من التأخير.
   """, "سياسة")

rt("rt-e4", 118251, "E4", "2025-06-02 21:00",
   "حريق يلتهم أكثر من 350 دونماً من حقول الحنطة في قضاء الدبس بكركوك",
   """
   أفاد مصدر في الدفاع المدني بمحافظة كركوك، مساء اليوم الاثنين، باندلاع حريق كبير في حقول الحنطة التابعة لعدد
   من القرى في قضاء الدبس شمال غربي المحافظة.

   وقال المصدر لـ"الرافدين اليوم"، إن "فرق الدفاع المدني تمكنت بعد جهود استمرت نحو أربع ساعات من إخماد الحريق
   الذي أتى على أكثر من 350 دونماً من المحاصيل"، مبيناً أن "الأسباب الأولية تشير إلى شرارة انطلقت من حاصدة
   زراعية".

   وأضاف أن "الحريق لم يسفر عن إصابات بشرية"، داعياً المزارعين إلى توخي الحذر خلال موسم الحصاد وعدم ترك الآليات
   قرب الحقول الجافة.

   وتشهد محافظات كركوك ونينوى وصلاح الدين سنوياً حرائق في المحاصيل الزراعية خلال فصل الصيف، يعزو المزارعون
   بعضها إلى أعمال متعمدة.
   """, "محليات")

rt("rt-s1", 118266, "S1", "2025-06-03 12:00",
   "مفوضية الانتخابات تعلن انتهاء تسجيل التحالفات السياسية لانتخابات تشرين الثاني",
   """
   أعلنت المفوضية العليا المستقلة للانتخابات، اليوم الثلاثاء، انتهاء مدة تسجيل التحالفات السياسية الراغبة
   بالمشاركة في انتخابات مجلس النواب المقررة في الحادي عشر من تشرين الثاني المقبل.

   وذكرت المفوضية في بيان، أن مجلس المفوضين صادق على تسجيل ثمانية وستين تحالفاً سياسياً، إلى جانب أكثر من
   ثلاثمئة حزب مجاز، مشيرة إلى أن موعد تقديم قوائم المرشحين سيحدد لاحقاً.

   وقال عضو في الفريق الإعلامي للمفوضية لـ"الرافدين اليوم"، إن "المفوضية ماضية في تحديث سجل الناخبين، ومراكز
   التسجيل ستبقى مفتوحة طوال أيام الأسبوع باستثناء أيام عطلة العيد".

   ويرى مراقبون أن العدد الكبير للتحالفات المسجلة يعكس حالة الانقسام داخل القوى السياسية، وأن خريطة التحالفات
   قد تتغير قبل إغلاق باب الترشيح.
   """, "انتخابات")

rt("rt-e3", 118279, "E3", "2025-06-03 17:40",
   "مجلس الوزراء يقرر تعطيل الدوام الرسمي من الخميس إلى الاثنين بمناسبة عيد الأضحى",
   """
   قرر مجلس الوزراء، في جلسته الاعتيادية التي عقدت اليوم الثلاثاء برئاسة رئيس مجلس الوزراء محمد شياع السوداني،
   تعطيل الدوام الرسمي في عموم مؤسسات الدولة اعتباراً من يوم الخميس الخامس من حزيران ولغاية يوم الاثنين التاسع
   منه، بمناسبة عيد الأضحى المبارك.

   وبحسب بيان للمكتب الإعلامي لرئيس الوزراء، أقر المجلس أيضاً تخصيص مبالغ إضافية لتأمين الوقود لمحطات توليد
   الطاقة الكهربائية خلال أشهر الصيف، وخوّل المحافظين صلاحية تعطيل الدوام في حال بلوغ درجات الحرارة خمسين
   درجة مئوية.

   كما وافق المجلس على إطلاق الدفعة الأولى من مستحقات الفلاحين عن محصول الحنطة المسوّق إلى السايلوات
   الحكومية.

   ويأتي القرار في وقت تشهد فيه المحافظات الجنوبية ارتفاعاً كبيراً في درجات الحرارة، مع تزايد ساعات انقطاع
   التيار الكهربائي.
   """, "سياسة")

rt("rt-e7", 118290, "E7", "2025-06-04 11:10",
   "مقتل خمسة إرهابيين بعملية نوعية في وادي حوران غربي الأنبار",
   """
   أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، مقتل خمسة إرهابيين من عصابات داعش في عملية نوعية نفذها جهاز
   مكافحة الإرهاب بإسناد من طيران القوة الجوية في وادي حوران بمحافظة الأنبار.

   وذكرت القيادة في بيان، أن العملية انطلقت ليلة أمس بناءً على معلومات استخبارية دقيقة، وأسفرت عن تدمير ثلاث
   مضافات ونفق، وضبط أسلحة وأحزمة ناسفة ومواد غذائية.

   وقال مصدر أمني في الأنبار لـ"الرافدين اليوم"، إن "جثث الإرهابيين نقلت إلى دائرة الطب العدلي للتعرف على
   هوياتهم، ويرجح أن يكون بينهم قيادي محلي في التنظيم".

   ويعد وادي حوران، الذي يمتد لمسافة تزيد على ثلاثمئة كيلومتر، من أبرز المناطق الصحراوية التي تتخذها بقايا
   التنظيم ملاذاً لها.
   """, "أمن")

rt("rt-e2", 118304, "E2", "2025-06-04 19:20",
   "حكومة إقليم كردستان تعطل الدوام ستة أيام بمناسبة عيد الأضحى",
   """
   قرر مجلس وزراء إقليم كردستان، في جلسته التي عقدت اليوم الأربعاء برئاسة مسرور بارزاني، تعطيل الدوام الرسمي في
   مؤسسات الإقليم من الخميس الخامس من حزيران ولغاية الثلاثاء العاشر منه، بمناسبة عيد الأضحى.

   وذكر بيان لحكومة الإقليم، أن المجلس ناقش أيضاً ملف رواتب الموظفين لشهر أيار والحوارات الجارية مع الحكومة
   الاتحادية، إضافة إلى توسيع مشروع "روناكي" لتوفير الكهرباء على مدار الساعة ليشمل أحياء جديدة في محافظة دهوك،
   وشراء الحنطة من فلاحي الإقليم بسعر مدعوم.

   وكان مجلس الوزراء الاتحادي قد قرر أمس تعطيل الدوام لغاية الاثنين، ما يعني أن عطلة الإقليم تزيد يوماً واحداً
   على عطلة بقية المحافظات.
   """, "كردستان")

rt("rt-s10", 118317, "S10", "2025-06-05 09:30",
   "ارتفاع أسعار الأضاحي في أسواق بغداد قبيل العيد",
   """
   شهدت أسواق المواشي في العاصمة بغداد، اليوم الخميس، ارتفاعاً ملحوظاً في أسعار الأضاحي قبيل حلول عيد الأضحى،
   وسط شكاوى من المواطنين.

   وقال تاجر مواشي في سوق الغزل لـ"الرافدين اليوم"، إن "سعر الخروف المتوسط تجاوز ٤٠٠ ألف دينار، بعد أن كان
   بحدود ٣٠٠ ألف دينار العام الماضي، بسبب ارتفاع أسعار الأعلاف وقلة المعروض".

   وقال أبو حيدر، وهو موظف حكومي التقته "الرافدين اليوم" في السوق: "الأضحية صارت حلماً لعائلة تعيش على راتب
   واحد، سنكتفي هذا العام بالاشتراك مع الأقارب في أضحية واحدة".

   وتشهد أسواق الملابس والحلويات في بغداد حركة نشطة مع اقتراب عطلة العيد، فيما تتحدث عائلات عن تراجع قدرتها
   الشرائية.
   """, "اقتصاد", note="Arabic-Indic digits written as XML character references (not in windows-1256)")

rt("rt-e6a", 118329, "E6", "2025-06-06 00:35",
   "عاجل | استهداف حقل كورمور الغازي في السليمانية بطائرة مسيرة", None, "عاجل",
   note="title-only item: no description")

rt("rt-e6b", 118340, "E6", "2025-06-06 10:00",
   "توقف إنتاج الغاز في حقل خورمور بعد هجوم بمسيرة.. وتراجع تجهيز الكهرباء في الإقليم",
   """
   أعلنت وزارة الداخلية في إقليم كردستان، اليوم الجمعة، أن حقل خورمور الغازي في قضاء جمجمال التابع لمحافظة
   السليمانية تعرض ليلة أمس لهجوم بطائرة مسيرة مفخخة، أدى إلى اندلاع حريق في أحد خزانات المكثفات.

   وقال مصدر في الحقل لـ"الرافدين اليوم"، إن "الهجوم وقع قرابة الساعة الحادية عشرة وأربعين دقيقة ليلاً، ولم يسفر
   عن خسائر بشرية، لكن إدارة الحقل أوقفت الإنتاج بالكامل كإجراء احترازي".

   وأضاف أن "توقف الحقل تسبب بخروج محطات كهرباء عدة عن الخدمة، ما أدى إلى انخفاض ساعات التجهيز في أربيل
   والسليمانية ودهوك".

   وأدان الحزب الديمقراطي الكردستاني والاتحاد الوطني الكردستاني الهجوم. وتعرض الحقل، الذي تديره شركة دانة غاز
   الإماراتية، لهجمات متكررة خلال السنوات الماضية دون أن تعلن أي جهة مسؤوليتها عنها.
   """, "اقتصاد")

rt("rt-e5", 118352, "E5", "2025-06-07 12:00",
   "حريق يأتي على نحو 200 دونم من المحاصيل الزراعية شمالي سنجار",
   """
   اندلع حريق، يوم أمس الجمعة، في حقول الشعير والحنطة قرب ناحية سنوني شمالي قضاء سنجار غربي نينوى، وأتى على نحو
   مئتي دونم من المحاصيل، بحسب مصدر محلي.

   وقال المصدر لـ"الرافدين اليوم"، إن "الأهالي حاولوا السيطرة على النيران باستخدام صهاريج المياه قبل وصول فرق
   الدفاع المدني من مركز القضاء"، لافتاً إلى أن "سبب الحريق ما يزال مجهولاً".

   ودعت مديرية الدفاع المدني في نينوى المزارعين إلى توفير مطافئ يدوية وخزانات مياه قرب الحقول طوال موسم الحصاد.

   ويعاني مزارعو سنجار من ضعف الدعم الحكومي وقلة الآليات الزراعية، في ظل عودة بطيئة للنازحين إلى مناطقهم.
   """, "محليات")

rt("rt-e8a", 118361, "E8", "2025-06-07 15:00",
   "مسلحون يختطفون ثلاثة عمال صيانة لخطوط الكهرباء في المطيبيجة",
   """
   أفاد مصدر أمني في محافظة صلاح الدين، اليوم السبت، باختطاف ثلاثة عمال يعملون لدى شركة متعاقدة مع وزارة
   الكهرباء في منطقة المطيبيجة الواقعة على الحدود بين صلاح الدين وديالى.

   وقال المصدر لـ"الرافدين اليوم"، إن "مسلحين مجهولين يستقلون عجلتين اعترضوا العمال أثناء قيامهم بصيانة أحد
   أبراج الخط الناقل للطاقة، واقتادوهم إلى جهة مجهولة مع عجلتهم".

   وأضاف أن "القوات الأمنية فرضت طوقاً على المنطقة وباشرت بعمليات بحث وتفتيش بإسناد من طيران الجيش".

   وتعد المطيبيجة من المناطق الوعرة التي تنشط فيها خلايا لتنظيم داعش، وشهدت في السنوات الماضية هجمات متكررة على
   أبراج الطاقة.
   """, "أمن")

rt("rt-e8b", 118377, "E8", "2025-06-08 12:30",
   "تحرير العمال المختطفين في المطيبيجة ومقتل أحد الخاطفين",
   """
   أعلنت قيادة عمليات صلاح الدين، اليوم الأحد، تحرير العمال الثلاثة الذين اختطفوا أمس في منطقة المطيبيجة، بعد
   عملية أمنية أسفرت عن مقتل أحد الخاطفين واعتقال اثنين آخرين.

   وذكرت القيادة في بيان، أن القوة عثرت على المختطفين داخل بيت مهجور في أحد البساتين القريبة من حدود ديالى،
   وأنهم بصحة جيدة، وقد جرى تسليمهم إلى ذويهم.

   وتأتي العملية بعد أيام من عملية نفذتها قوات جهاز مكافحة الإرهاب في وادي حوران بمحافظة الأنبار، أسفرت عن مقتل
   خمسة من عناصر داعش.

   وقال أحد أقارب المحررين لـ"الرافدين اليوم": "لم ننم ليلة كاملة، والحمد لله عادوا إلينا سالمين في أيام العيد".
   """, "أمن")


# ---------------------------------------------------------------------------
# Near East Wire (English, Atom 1.0, tag: ids, RFC 3339 Z dates)
# ---------------------------------------------------------------------------
NW = "https://neareastwire.com"
UTM = "?utm_source=rss&utm_medium=feed"


def nw(key, event, published, slug, title, body, author, cats, updated=None, utm=False, dateline=None, **kw):
    h = hexid(key)
    pub = utc(published)
    canonical = f"{NW}/article/{slug}-{h}"
    d = dict(key=key, feed="neareast-wire.xml", lang="en", event=event, date=pub,
             updated=utc(updated) if updated else pub,
             guid=f"tag:neareastwire.com,{pub.strftime('%Y-%m-%d')}:article/{h}",
             canonical=canonical, link=canonical + (UTM if utm else ""),
             title=title, body=paras(body), author=author, cats=cats)
    d.update(kw)
    return add(d)


nw("nw-e9", "E9", "2025-06-02 12:05", "jordan-iraq-safadi-baghdad-pipeline-power",
   "Jordan’s foreign minister visits Baghdad to push pipeline and power projects",
   """
   BAGHDAD (NEW) — Jordan’s Foreign Minister Ayman Safadi held talks in Baghdad on Monday with Iraqi officials on a
   planned oil pipeline to the Red Sea port of Aqaba and on linking the two countries’ power grids, the Iraqi
   Foreign Ministry said.

   Safadi met Iraqi Foreign Minister Fuad Hussein and was expected to see Prime Minister Mohammed Shia al-Sudani
   later in the day. The ministry said the talks also covered the situation in neighboring Syria and trade across
   the shared border.

   Jordan, which buys discounted Iraqi crude delivered by truck, has long pushed for the roughly 1,700-kilometer
   (1,050-mile) Basra-Aqaba pipeline, but the project has been held up for years by disputes over cost and route.

   Iraq is also trying to ease chronic summer power shortages by importing electricity from its neighbors,
   including Jordan.

   Safadi is due to travel on Tuesday to Irbil, the capital of Iraq’s semi-autonomous Kurdish region.
   """, "Layla Haddad", ["Iraq", "Jordan", "Diplomacy"], utm=True)

nw("nw-e1", "E1", "2025-06-03 13:40", "iraq-turkey-strikes-dahuk-metina-pkk",
   "Turkish strikes hit mountains in northern Iraq as Ankara presses PKK campaign",
   """
   IRBIL, Iraq (NEW) — Turkish warplanes and artillery pounded mountainous areas near the Iraq-Turkey border in
   Iraq’s Kurdish region on Tuesday, local officials and residents said, setting forests ablaze and prompting some
   families to leave their villages.

   The strikes targeted the Metina area in the northern province of Dahuk, where Turkey has for years fought
   militants of the Kurdistan Workers’ Party, or PKK, who have hideouts in the region’s rugged mountains.

   A local official in the Batifa area, speaking on condition of anonymity because he was not authorized to brief
   the media, said there were no reports of casualties.

   Turkey’s Defense Ministry regularly reports strikes on PKK targets in northern Iraq but did not immediately
   comment on Tuesday’s operation.

   The PKK, which has waged an insurgency against Turkey since 1984, is considered a terrorist organization by
   Turkey, the U.S. and the European Union. The group announced in May that it would dissolve and end its armed
   struggle, but Turkish military activity in northern Iraq has continued.
   """, "Omar Saleh", ["Iraq", "Turkey", "Conflict"])

nw("nw-e3", "E3", "2025-06-03 15:10", "iraq-cabinet-eid-holiday-power-fuel-heat",
   "Iraq declares Eid holiday, approves power-plant fuel funds as summer heat builds",
   """
   BAGHDAD (NEW) — Iraq’s Cabinet on Tuesday declared a five-day public holiday for Eid al-Adha and approved extra
   spending on fuel for power stations as the country braces for another summer of scorching heat and electricity
   shortages.

   The holiday runs from Thursday to Monday, the prime minister’s office said in a statement after the weekly
   Cabinet session. Ministers also gave provincial governors the power to suspend public-sector working hours
   when temperatures hit 50 degrees Celsius (122 degrees Fahrenheit).

   Iraq’s power grid typically falls several thousand megawatts short of peak summer demand, leaving many
   households dependent on noisy and expensive neighborhood generators. Shortages have set off street protests
   in past summers, particularly in the south.

   The statement did not say how much would be spent on fuel.
   """, "Layla Haddad", ["Iraq", "Government"])

nw("nw-e7", "E7", "2025-06-04 09:55", "iraq-islamic-state-wadi-houran-raid-anbar",
   "Iraqi forces kill 5 Islamic State militants in western desert raid",
   """
   BAGHDAD (NEW) — Iraqi counterterrorism forces backed by airstrikes killed five Islamic State militants in a
   raid on hideouts in the country’s western desert, the military said Wednesday.

   The operation in Wadi Houran, a vast valley in Anbar province that runs toward the Saudi and Jordanian borders,
   began late Tuesday, the Joint Operations Command said. It said three hideouts and a tunnel were destroyed and
   weapons and suicide belts were seized.

   There was no independent confirmation of the toll.

   Islamic State militants once controlled a third of Iraq and declared a so-called caliphate before being
   defeated in 2017. Sleeper cells still carry out occasional attacks, mainly in remote areas of Anbar,
   Salahuddin, Kirkuk and Diyala provinces.
   """, "Omar Saleh", ["Iraq", "Islamic State"], updated="2025-06-04 12:30", utm=True)

nw("nw-s2", "S2", "2025-06-05 10:20", "iraq-basra-heat-wave-49c",
   "Basra swelters at 49C as Iraq’s summer heat arrives early",
   """
   BASRA, Iraq (NEW) — Temperatures in the southern Iraqi city of Basra reached 49 degrees Celsius (120 degrees
   Fahrenheit) on Thursday, the country’s meteorological service said, as an early heat wave gripped the south.

   Hospitals in Basra and neighboring Maysan province reported dozens of cases of heat exhaustion, most of them
   among laborers working outdoors, a health official said, speaking on condition of anonymity.

   “By ten in the morning the street is an oven,” said Abbas Jabbar, a 38-year-old porter at Basra’s main
   vegetable market. “We start at dawn and go home before noon.”

   Iraq is among the countries most exposed to climate change, according to the United Nations, with rising
   temperatures, drought and dust storms becoming more frequent.
   """, "Layla Haddad", ["Iraq", "Climate"])

nw("nw-e6", "E6", "2025-06-06 07:30", "iraq-kurdish-region-khor-mor-drone-attack",
   "Drone attack on gas field in Iraq’s Kurdish region cuts power supply",
   """
   SULAIMANIYAH, Iraq (NEW) — A drone attack late Thursday on the Khor Mor gas field in Iraq’s semi-autonomous
   Kurdish region set a storage tank on fire and forced a halt in production, cutting electricity supplies across
   much of the region on the eve of the Eid al-Adha holiday, officials said.

   There were no casualties, the regional Interior Ministry said. Firefighters put out the blaze early Friday.

   The field, in the Chamchamal district of Sulaimaniyah province, feeds power plants that generate close to half
   of the Kurdish region’s electricity. The regional Electricity Ministry said about 2,000 megawatts had been lost.

   No group claimed responsibility. Khor Mor, run by a consortium led by UAE-based Dana Gas and Crescent Petroleum,
   has been hit repeatedly by drones and rockets in recent years. Kurdish officials have blamed some earlier
   attacks on Iran-backed militias, which have denied involvement.
   """, "Omar Saleh", ["Iraq", "Energy"])

nw("nw-e5", "E5", "2025-06-06 15:45", "iraq-sinjar-crop-fire-yazidi-farmers",
   "Fire burns Yazidi farmland near Iraq’s Sinjar as harvest-season blazes spread",
   """
   SINJAR, Iraq (NEW) — A fire tore through wheat and barley fields near the northern Iraqi town of Sinune on
   Friday, destroying about 250 dunams (62 acres) of crops belonging mostly to Yazidi farmers, local officials
   said.

   Villagers fought the flames with water tankers until civil defense crews arrived from Sinjar, the district’s
   main town, about an hour later. No one was hurt.

   It was the second large crop fire in northern Iraq this week. On Monday, a blaze destroyed hundreds of dunams
   of wheat in the Dibis district of Kirkuk province.

   The cause of Friday’s fire was under investigation. Many of Sinjar’s Yazidis, targeted in a 2014 Islamic
   State campaign that U.N. investigators have said amounted to genocide, have yet to return home.
   """, "Layla Haddad", ["Iraq", "Agriculture"])

nw("nw-e8", "E8", "2025-06-08 09:10", "iraq-salahuddin-kidnapped-power-workers-freed",
   "Iraqi forces free 3 kidnapped power workers, kill 1 abductor",
   """
   BAGHDAD (NEW) — Iraqi security forces on Sunday freed three electricity workers who had been kidnapped by
   suspected Islamic State militants north of Baghdad, killing one abductor and detaining two, the military said.

   The workers, employed by a contractor for the Electricity Ministry, were seized Saturday while repairing a
   high-voltage line in the Mutaibija area, a rugged region straddling the provinces of Salahuddin and Diyala.

   The Salahuddin Operations Command said troops found them unharmed in a deserted farmhouse.

   The rescue followed an operation earlier in the week in which counterterrorism forces killed five IS militants
   in Anbar’s Wadi Houran desert valley.

   Militants have repeatedly attacked power lines in Iraq, especially in summer, when demand peaks.
   """, "Omar Saleh", ["Iraq", "Security"])


# ---------------------------------------------------------------------------
# Iraq Digest (English, RSS 1.0 / RDF aggregator, dc:date +03:00). Republishes
# wire copy verbatim under a Title Case headline, once under the wire's own URL.
# ---------------------------------------------------------------------------
ID = "https://iraqdigest.info"


def title_case(t):
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "via"}
    return " ".join(w if (i and w.lower() in small) else w[:1].upper() + w[1:] for i, w in enumerate(t.split()))


def id_republish(key, src, slug, when, subject, **kw):
    d = dict(key=key, feed="iraqdigest-rdf.xml", lang="en", event=src["event"], date=local(when),
             link=f"{ID}/{local(when).strftime('%Y/%m/%d')}/{slug}/", title=title_case(src["title"]),
             body=src["body"], creator="Near East Wire", subject=subject, duplicate_of=src["key"],
             note="verbatim republication of the Near East Wire story under a Title Case headline and an "
                  "iraqdigest.info link")
    d["guid"] = d["link"]
    d.update(kw)
    return add(d)


id_republish("id-e1", ITEMS["nw-e1"], "turkish-strikes-hit-mountains-in-northern-iraq", "2025-06-03 18:05", "Security")
id_republish("id-e6", ITEMS["nw-e6"], "drone-attack-on-gas-field-cuts-kurdish-region-power", "2025-06-06 12:40", "Energy")

_w7 = ITEMS["nw-e7"]
_dup = _w7["canonical"] + "?utm_source=iraqdigest&utm_medium=rss&utm_campaign=syndication#article-body"
add(dict(key="id-e7", feed="iraqdigest-rdf.xml", lang="en", event="E7", date=_w7["date"].astimezone(BAGHDAD),
         link=_dup, guid=_dup, title=_w7["title"], body=_w7["body"], creator=_w7["author"], subject="Security",
         duplicate_of="nw-e7", same_item_as="nw-e7",
         note="the Near East Wire entry itself: its URL plus utm parameters and a #fragment, same title and text"))

add(dict(key="id-s9", feed="iraqdigest-rdf.xml", lang="en", event="S9", date=local("2025-06-04 16:30"),
         link=f"{ID}/2025/06/04/mosul-old-city-market-shops-reopen-before-eid/",
         title="Mosul’s Old City Market Comes Back to Life Ahead of Eid",
         body=paras("""
         Dozens of shops reopened this week in the restored Saray market in Mosul’s Old City, as traders returned
         to stalls destroyed during the 2017 battle to drive Islamic State out of the city.

         Spice sellers, tailors and sweet makers said customers were slowly coming back ahead of Eid al-Adha,
         although many alleys nearby are still lined with empty, roofless houses.

         “My father opened this shop in 1975. I rebuilt it stone by stone with my own money,” said Younis Thanoon,
         a 52-year-old spice seller.

         Large parts of the Old City were reduced to rubble in the fighting. The UNESCO-led reconstruction of the
         al-Nouri mosque and its leaning al-Hadba minaret has drawn visitors back, but residents say jobs and
         housing remain the main obstacles to a full return.
         """), creator="Iraq Digest", subject="Society", duplicate_of=None))
ITEMS["id-s9"]["guid"] = ITEMS["id-s9"]["link"]


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
WP_ENTITIES = {"‘": "&#8216;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;",
               "…": "&#8230;"}
# Site-wide boilerplate under every Zagros Post item (noise for text similarity).
ZP_FOOTER = ('<hr class="wp-block-separator" />\n'
             '<p><em>Zagros Post is an independent, reader-funded newsroom covering the Kurdistan Region and Iraq. '
             'If you value our reporting, <a href="https://zagrospost.net/support/">become a member</a> or follow us '
             'on <a href="https://t.me/zagrospost">Telegram</a> and <a href="https://x.com/zagrospost">X</a> for '
             'breaking news from Erbil, Sulaimani, Duhok, Kirkuk and Baghdad.</em></p>')


def strip_tags(h):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", h)).split())


def words(body):
    return sum(len(strip_tags(p).split()) for p in body)


def rfc822(d, gmt=False):
    return format_datetime(d.astimezone(UTC), usegmt=True) if gmt else format_datetime(d)


def iso_utc(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wp_title(t):
    s = escape(t).replace("&amp;", "&amp;amp;")     # WordPress double-escaping of '&' in titles
    for ch, ent in WP_ENTITIES.items():
        s = s.replace(ch, ent)
    return s


def teaser(body, n=30):
    w = strip_tags(" ".join(body)).split()
    t = " ".join(w[:n])
    for ch, ent in WP_ENTITIES.items():
        t = t.replace(ch, ent)
    return t + " [&#8230;]"


def wp_item(it, footer, title=None, body=None, dateline=False):
    body = body or it["body"]
    ps = []
    for i, p in enumerate(body):
        if dateline and i == 0:
            ps.append(f"<p><strong>{p}</strong></p>")
        else:
            ps.append(f"<p>{p}</p>")
    img = ""
    if it.get("img"):
        img = (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" '
               f'src="{it["img"]}" alt="{escape(it["img_alt"], {chr(34): "&quot;"})}" '
               f'class="wp-image-{it["pid"] - 3}" /><figcaption>{escape(it["img_alt"])}</figcaption></figure>\n')
    content = img + "\n".join(ps) + ("\n" + footer if footer else "")
    assert "]]>" not in content
    cats = "\n".join(f"\t\t<category><![CDATA[{c}]]></category>" for c in it["cats"])
    date = f"\t\t<pubDate>{rfc822(it['date'])}</pubDate>\n" if it.get("date") else ""
    return (f"""	<item>
		<title>{wp_title(title or it["title"])}</title>
		<link>{escape(it["link"])}</link>
		<comments>{escape(it["link"])}#respond</comments>
		<dc:creator><![CDATA[{it["creator"]}]]></dc:creator>
{date}{cats}
		<guid isPermaLink="false">{escape(it["guid"])}</guid>
		<description><![CDATA[{teaser(body)}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<wfw:commentRss>{escape(it["link"])}feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>
""")


def wp_feed(base, self_url, title, desc, lang, build, items_xml, icon):
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{escape(title)}</title>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>{escape(desc)}</description>
	<lastBuildDate>{rfc822(build)}</lastBuildDate>
	<language>{lang}</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.1</generator>

<image>
	<url>{icon}</url>
	<title>{escape(title)}</title>
	<link>{base}</link>
	<width>32</width>
	<height>32</height>
</image> 
{items_xml}</channel>
</rss>
"""


def of_feed(feed, poll2=False):
    its = [it for it in ITEMS.values() if it["feed"] == feed and (poll2 or it.get("poll", 1) == 1)]
    # newest first; an undated item sits at the end
    return sorted(its, key=lambda it: it["date"] or datetime(2000, 1, 1, tzinfo=UTC), reverse=True)


def bp_item(it):
    desc = ""
    if it["body"]:
        h = "\n".join(f"<p>{p}</p>" for p in it["body"])
        h += f'\n<p><a href="{it["link"]}">Nûçeyê bi tevahî bixwîne</a></p>'
        desc = f"\n      <description><![CDATA[{h}]]></description>"
    return f"""    <item>
      <title>{escape(it["title"])}</title>
      <link>{escape(it["link"])}</link>
      <guid isPermaLink="true">{escape(it["guid"])}</guid>
      <pubDate>{rfc822(it["date"], gmt=True)}</pubDate>
      <category>{escape(it["cat"])}</category>{desc}
    </item>
"""


def rt_item(it):
    desc = ""
    if it["body"]:
        h = "".join(f"<p>{p}</p>" for p in it["body"])
        desc = f"\n<description>{escape(h)}</description>"
    return f"""<item>
<title>{escape(it["title"])}</title>
<link>{escape(it["link"])}</link>
<guid isPermaLink="false">{escape(it["guid"])}</guid>
<pubDate>{rfc822(it["date"])}</pubDate>
<category>{escape(it["cat"])}</category>{desc}
</item>
"""


def nw_entry(it):
    h = "\n".join(f"<p>{p}</p>" for p in it["body"])
    cats = "\n".join(f'    <category term="{escape(c)}"/>' for c in it["cats"])
    summary = strip_tags(it["body"][0])
    return f"""  <entry>
    <id>{it["guid"]}</id>
    <title type="text">{escape(it["title"])}</title>
    <link rel="alternate" type="text/html" href="{escape(it["link"])}"/>
    <published>{iso_utc(it["date"])}</published>
    <updated>{iso_utc(it["updated"])}</updated>
    <author><name>{escape(it["author"])}</name></author>
{cats}
    <summary type="text">{escape(summary)}</summary>
    <content type="html">{escape(h)}</content>
  </entry>
"""


def id_item(it):
    h = "".join(f"<p>{p}</p>" for p in it["body"])
    return f"""<item rdf:about="{escape(it["guid"], {'"': "&quot;"})}">
<title>{escape(it["title"])}</title>
<link>{escape(it["link"])}</link>
<description>{escape(h)}</description>
<dc:creator>{escape(it["creator"])}</dc:creator>
<dc:subject>{escape(it["subject"])}</dc:subject>
<dc:date>{it["date"].astimezone(BAGHDAD).isoformat()}</dc:date>
</item>
"""


def write(name, text, encoding="utf-8", errors="strict"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding, errors))


def zp_revised(it):
    r = it["revised"]
    return r["title"], [r["first"]] + it["body"][1:]


def build():
    labels = []

    def label(it, feed=None, title=None, **extra):
        e = dict(feed=feed or it["feed"], guid=it["guid"], link=it["link"], title=title or it["title"],
                 lang=it["lang"], event=it["event"], duplicate_of=None,
                 published=iso_utc(it["date"]) if it.get("date") else None)
        if it.get("duplicate_of"):
            src = ITEMS[it["duplicate_of"]]
            e["duplicate_of"] = src["guid"]
            e["duplicate_of_feed"] = src["feed"]
        if it.get("same_item_as"):
            src = ITEMS[it["same_item_as"]]
            e["same_item_as"] = {"feed": src["feed"], "guid": src["guid"]}
        e.update(extra)
        if it.get("note") and "note" not in e:
            e["note"] = it["note"]
        labels.append(e)

    # Zagros Post, poll 1 and poll 2
    p1 = of_feed("zagrospost-en.xml")
    write("zagrospost-en.xml", wp_feed(ZP, f"{ZP}/feed/", "Zagros Post", "News from the Kurdistan Region and Iraq",
                                       "en-US", p1[0]["date"] + timedelta(minutes=1),
                                       "".join(wp_item(it, ZP_FOOTER) for it in p1),
                                       f"{ZP}/wp-content/uploads/2024/02/cropped-zp-icon-32x32.png"))
    for it in p1:
        label(it, poll=1)
    p2 = of_feed("zagrospost-en.xml", poll2=True)[:10]
    xml2 = []
    for it in p2:
        if it.get("revised"):
            t, b = zp_revised(it)
            xml2.append(wp_item(it, ZP_FOOTER, title=t, body=b))
        else:
            xml2.append(wp_item(it, ZP_FOOTER))
    write("zagrospost-en.update.xml",
          wp_feed(ZP, f"{ZP}/feed/", "Zagros Post", "News from the Kurdistan Region and Iraq", "en-US",
                  p2[0]["date"] + timedelta(minutes=1), "".join(xml2),
                  f"{ZP}/wp-content/uploads/2024/02/cropped-zp-icon-32x32.png"))
    for it in p2:
        if it.get("poll") == 2:
            label(it, feed="zagrospost-en.update.xml", poll=2)
        elif it.get("revised"):
            label(it, feed="zagrospost-en.update.xml", title=it["revised"]["title"], poll=2,
                  same_item_as={"feed": "zagrospost-en.xml", "guid": it["guid"]}, updated=True,
                  previous_title=it["title"],
                  note="same item as in zagrospost-en.xml (same guid, same pubDate), revised: title corrected and "
                       "the first sentence changed (two workers -> three)")
        else:
            label(it, feed="zagrospost-en.update.xml", poll=2,
                  same_item_as={"feed": "zagrospost-en.xml", "guid": it["guid"]}, updated=False,
                  note="unchanged re-appearance of the zagrospost-en.xml item in the next poll")

    # Hawali Slemani (Sorani)
    hs_items = of_feed("slemani-ckb.xml")
    write("slemani-ckb.xml", wp_feed(HS, f"{HS}/feed/", "هەواڵی سلێمانی", "هەواڵی سلێمانی و هەرێمی کوردستان",
                                     "ckb", hs_items[0]["date"] + timedelta(minutes=4),
                                     "".join(wp_item(it, None, dateline=True) for it in hs_items),
                                     f"{HS}/wp-content/uploads/2023/11/cropped-hs-logo-32x32.png"))
    for it in hs_items:
        label(it)

    # Behdinan Press (Kurmanji)
    bp_items = of_feed("behdinan-kmr.xml")
    write("behdinan-kmr.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>Behdînan Press - Nûçe</title>
    <link>{BP}/</link>
    <description>Nûçeyên Behdînan, Herêma Kurdistanê û cîhanê</description>
    <language>ku</language>
    <copyright>© 2025 Behdînan Press</copyright>
    <lastBuildDate>{rfc822(bp_items[0]["date"] + timedelta(minutes=2), gmt=True)}</lastBuildDate>
    <ttl>15</ttl>
{"".join(bp_item(it) for it in bp_items)}  </channel>
</rss>
""")
    for it in bp_items:
        label(it)

    # Al-Rafidain Today (Arabic, windows-1256)
    rt_items = of_feed("rafidain-ar.xml")
    write("rafidain-ar.xml", f"""<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0">
<channel>
<title>الرافدين اليوم</title>
<link>{RT}/</link>
<description>الرافدين اليوم - أخبار العراق على مدار الساعة</description>
<language>ar</language>
<lastBuildDate>{rfc822(rt_items[0]["date"] + timedelta(minutes=3))}</lastBuildDate>
{"".join(rt_item(it) for it in rt_items)}</channel>
</rss>
""", encoding="cp1256", errors="xmlcharrefreplace")
    for it in rt_items:
        label(it)

    # Near East Wire (Atom)
    nw_items = of_feed("neareast-wire.xml")
    write("neareast-wire.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:neareastwire.com,2025:feed/middle-east</id>
  <title type="text">Near East Wire — Middle East</title>
  <subtitle>Breaking news from the Middle East</subtitle>
  <link rel="self" type="application/atom+xml" href="{NW}/hub/middle-east.atom"/>
  <link rel="alternate" type="text/html" href="{NW}/hub/middle-east"/>
  <updated>{iso_utc(max(it["updated"] for it in nw_items))}</updated>
  <generator>NEW Publisher 4.2</generator>
  <rights>© 2025 Near East Wire</rights>
{"".join(nw_entry(it) for it in nw_items)}</feed>
""")
    for it in nw_items:
        label(it)

    # Iraq Digest (RSS 1.0 / RDF)
    id_items = of_feed("iraqdigest-rdf.xml")
    lis = "\n".join(f'<rdf:li rdf:resource="{escape(it["guid"], {chr(34): "&quot;"})}"/>' for it in id_items)
    write("iraqdigest-rdf.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{ID}/feed/rdf">
<title>Iraq Digest</title>
<link>{ID}/</link>
<description>Iraq news, aggregated</description>
<dc:language>en</dc:language>
<dc:date>{(id_items[0]["date"] + timedelta(minutes=5)).astimezone(BAGHDAD).isoformat()}</dc:date>
<items>
<rdf:Seq>
{lis}
</rdf:Seq>
</items>
</channel>
{"".join(id_item(it) for it in id_items)}</rdf:RDF>
""")
    for it in id_items:
        label(it)

    events = dict(EVENTS)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": events, "items": labels}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    with open(os.path.join(OUT, "feeds.conf"), "w", encoding="utf-8") as f:
        f.write("""# iraq-june: one week (2025-06-02 .. 2025-06-08) of Iraq/Kurdistan news, six feeds.
# {BASE} = base URL under which this directory is served by the test harness.
# Format: URL name="Outlet name" lang=<en|ar|ckb|kmr>
#
# Poll 2: serve zagrospost-en.update.xml at the {BASE}/zagrospost-en.xml URL (same feed, next poll);
# it is deliberately not listed as a separate feed.
{BASE}/zagrospost-en.xml name="Zagros Post" lang=en
{BASE}/slemani-ckb.xml name="Hawali Slemani" lang=ckb
{BASE}/behdinan-kmr.xml name="Behdinan Press" lang=kmr
{BASE}/rafidain-ar.xml name="Al-Rafidain Today" lang=ar
{BASE}/neareast-wire.xml name="Near East Wire" lang=en
{BASE}/iraqdigest-rdf.xml name="Iraq Digest" lang=en
""")

    # summary
    n = sum(1 for e in labels if not e.get("same_item_as"))
    print(f"{len(labels)} label entries, {n} distinct items, {len(EVENTS)} events")
    for it in ITEMS.values():
        if it.get("body"):
            wc = words(it["body"])
            if not 60 <= wc <= 250:
                print(f"WARNING {it['key']}: {wc} words")


if __name__ == "__main__":
    build()
