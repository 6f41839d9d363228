#!/usr/bin/env python3
"""Generate the "north-week" test feeds and labels.json (week 2025-03-10 .. 2025-03-16).

Everything here is synthetic: the outlets (Gelawej News, Denge Zagros, Hawalnama, Shatt Press,
Meridian News Agency, Mesopotamia Monitor), their domains, post ids, bylines, mid-level officials,
quoted people and figures are invented for this test. Real places and institutions are used for
realism only; no real office-holder is given a direct quote.

Re-running this script rewrites every generated file in its directory:
gelawej-en.xml, dengezagros-kmr.xml, hawalnama-ckb.xml, shattpress-ar.xml (windows-1256),
meridian-wire.xml (Atom), mesomonitor-rdf.xml (RSS 1.0), labels.json and feeds.conf.
"""
import hashlib
import html
import json
import os
import re
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

OUT = os.path.dirname(os.path.abspath(__file__))
BAGHDAD = timezone(timedelta(hours=3))
UTC = timezone.utc
WEEK = (datetime(2025, 3, 10, tzinfo=BAGHDAD), datetime(2025, 3, 17, tzinfo=BAGHDAD))


def local(s):
    """'2025-03-11 09:20' in Iraq time (+03:00)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BAGHDAD)


def utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def paras(text):
    """Split a triple-quoted body into paragraphs (blank-line separated), joining wrapped lines."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def hexid(key, n=32):
    return hashlib.md5(("north-week:" + key).encode()).hexdigest()[:n]


def words_of(paragraphs):
    return len(html.unescape(re.sub(r"<[^>]+>", " ", " ".join(paragraphs))).split())


EVENTS = {
    "E1": "Flash floods in Zakho (Zaxo) and surrounding sub-districts (Darkar, Batifa), Duhok province, after overnight "
          "rain on 10-11 Mar 2025: a 9-year-old boy killed, a shepherd missing and found dead on 12 Mar (toll two), "
          "200-260 houses damaged, schools closed, damage committee and aid.",
    "E2": "Alwand River overflows in Khanaqin (Diyala) on Fri 14 Mar 2025 after heavy rain: ~50-60 houses flooded, "
          "about 40 families evacuated, farmland in Qoratu flooded, one man lightly injured, no deaths. "
          "HARD NEGATIVE for E1 (another flood, other province, other day); two of its reports mention the Zakho floods.",
    "E3": "Halabja marks the 37th anniversary of the 16 March 1988 chemical attack (Sun 16 Mar 2025): sirens and "
          "silence at 11:00, ceremony at the Halabja Monument, survivors demand compensation, treatment and province status.",
    "E4": "A convoy of 173 displaced Yazidi families (~870 people) leaves Sharya and Kabarto camps in Duhok province "
          "to return to Sinjar/Shingal under the federal Migration Ministry's voluntary-return programme, 4m IQD grant "
          "per family (Wed 12 Mar 2025).",
    "E5": "Iraqi Council of Representatives session of Tue 11 Mar 2025 (agenda published 10 Mar): first reading of the "
          "draft water resources law (Kurdish MPs object to the clause on dams), second reading of the consumer "
          "protection amendment.",
    "E6": "Iraqi Council of Representatives session of Sat 15 Mar 2025 hosting the electricity minister on summer "
          "readiness, Iranian gas and grid interconnection; ends without a vote. HARD NEGATIVE for E5 (another "
          "session of the same parliament four days later); the Arabic report mentions Tuesday's water-law session.",
    "E7": "Teachers and public employees protest in Sulaymaniyah (Azadi Park) and Ranya on Wed 12 Mar 2025 for "
          "February salaries and 'localisation' of salaries in federal banks; teachers from Ranya/Qaladze stopped at "
          "a checkpoint near Dukan; class boycott continues.",
    "E8": "Unemployed graduates protest in Nasiriyah (Dhi Qar) on Sat 15 Mar 2025, block the road to the governorate "
          "building, clash with riot police (water cannon), six or seven injured. HARD NEGATIVE for E7 (another "
          "protest, other city, other demands); the Sorani report mentions the Sulaymaniyah teachers.",
    "E9": "The Faysh Khabur (Fishkhabur) - Semalka crossing between the Kurdistan Region and north-east Syria reopens "
          "on Thu 13 Mar 2025 after a 10-day closure ('technical and administrative reasons'); ~600 travellers on day "
          "one, trucks from Sunday; day-two queues of travellers from Qamishli/Hasakah (14 Mar).",
    "S1": "Singleton: Iraq Stars League football - Duhok SC held 0-0 by Al-Karkh in Duhok (Fri 14 Mar 2025), "
          "Gelawej News only.",
    "S2": "Singleton: Ramadan poetry nights open at the Duhok culture hall (Tue 11 Mar 2025), Denge Zagros only.",
    "S3": "Singleton: Iraqi Meteorological Organisation forecasts clear skies and rising temperatures, dust in the "
          "west and south (Fri 14 Mar 2025), Shatt Press only. Weather, but not a flood report.",
    "S4": "Singleton: foreign news - Cairo shoppers cut back on Ramadan staples amid high prices (12 Mar 2025), "
          "Meridian wire only.",
    "S5": "Singleton: photo exhibition 'Koya in the mirror' opens in Koya (Thu 13 Mar 2025), Hawalnama only.",
    "S6": "Singleton: new steel bridge over the Euphrates opened in Hit, Anbar (Mon 10 Mar 2025), Shatt Press only "
          "(its digits are Arabic-Indic, written as numeric character references in the cp1256 file).",
    "S7": "Singleton: Ramadan nights bring crowds back to Mosul's old-city markets (14 Mar 2025), Mesopotamia "
          "Monitor only.",
    "S8": "Singleton: Iraq Stars League football - Zakho SC beat Al-Talaba 2-0 in Zakho (Thu 13 Mar 2025), "
          "Denge Zagros only. Another football match than S1; Zakho is also E1's place.",
    "S9": "Singleton: Akre (Akrê) prepares for its Newroz torch night of 20 March (15 Mar 2025), Gelawej News only.",
}

ITEMS = []   # every item of every feed, in no particular order


def add(d):
    assert d["event"] in EVENTS, d["event"]
    ITEMS.append(d)
    return d


# ---------------------------------------------------------------------------
# Gelawej News (English, WordPress RSS 2.0, +0300)
# ---------------------------------------------------------------------------
GEL = "https://gelawejnews.net/en"
GEL_UP = GEL + "/wp-content/uploads/2025/03/"


def gel(key, pid, event, when, title, body, img, alt, cats, creator="Gelawej News", **kw):
    d_ = local(when)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("’", "")).strip("-")
    slug = "-".join(slug.split("-")[:11])
    d = dict(key=key, feed="gelawej-en.xml", lang="en", event=event, pid=pid,
             guid=f"{GEL}/?p={pid}", link=f"{GEL}/{d_:%Y/%m/%d}/{slug}/", date=d_,
             title=title, body=paras(body), img=GEL_UP + img, alt=alt, cats=cats, creator=creator)
    d.update(kw)
    return add(d)


GEL_E1A = gel(
    "gel-e1a", 40512, "E1", "2025-03-11 09:20",
    "Flash floods hit Zakho after overnight downpour, child killed",
    """
    <strong>DUHOK —</strong> A nine-year-old boy was killed and a shepherd is missing after flash floods tore through
    parts of Zakho and nearby villages early Tuesday, following hours of heavy rain across Duhok province, local
    officials said.

    The boy was swept away by a swollen stream in the Darkar sub-district and his body was recovered about two hours
    later, according to a health official in Zakho. Civil defence teams were still searching for a shepherd who went
    missing near Batifa.

    Water from the Khabur River and several seasonal streams entered homes in low-lying neighbourhoods of Zakho, where
    residents posted videos of cars being carried along flooded streets.

    "We rescued around 30 people from houses and vehicles overnight," said Rebaz Sindi, a civil defence officer in
    Zakho.

    Duhok's meteorology directorate said Zakho recorded 68 millimetres of rain in less than 12 hours. The governorate
    suspended classes in Zakho schools on Tuesday and urged residents to stay away from riverbanks and valleys.
    """,
    "zakho-flood-street.jpg", "A flooded street in Zakho on Tuesday morning", ["Kurdistan", "Duhok"])

gel("gel-e1b", 40561, "E1", "2025-03-12 15:10",
    "Missing shepherd found dead as Duhok counts cost of Zakho floods",
    f"""
    <strong>DUHOK —</strong> Rescue teams on Wednesday recovered the body of a 46-year-old shepherd who had been
    missing since <a href="{GEL_E1A['link']}">flash floods hit the Zakho area</a> a day earlier, bringing the death toll
    to two.

    The man was found in a valley near Batifa, about four kilometres from where he was last seen with his flock, a
    relative told Gelawej News.

    Duhok governorate said a committee had been formed to assess the damage. Initial figures show around 260 houses,
    two small bridges and dozens of shops in Zakho and the surrounding sub-districts were affected. The Zakho–Batifa
    road, closed on Tuesday, has reopened to traffic.

    The Kurdistan Region's Joint Crisis Coordination Centre (JCC) said emergency aid, including blankets, food parcels
    and water pumps, had reached 140 families.

    An official in the governorate, who asked not to be named, put early estimates of the losses at more than 1.5
    billion dinars (about $1.1 million).
    """,
    "batifa-valley-search.jpg", "Civil defence teams in a valley near Batifa", ["Kurdistan", "Duhok"])

gel("gel-e2", 40688, "E2", "2025-03-14 18:30",
    "Alwand River bursts its banks in Khanaqin, dozens of families evacuated",
    f"""
    <strong>KHANAQIN —</strong> Civil defence teams evacuated dozens of families in Khanaqin on Friday after the
    Alwand River overflowed following heavy rain in the area and across the border in Iran, a local official said.

    Water entered around 60 houses in neighbourhoods along the river and flooded farmland in the Qoratu area,
    according to district officials. One man suffered minor injuries. No deaths were reported.

    "The river rose very quickly in the afternoon. We moved 40 families to schools and to relatives' homes," said Kamal
    Rashid, an official in Khanaqin's civil defence directorate.

    Khanaqin, a disputed district claimed by both Erbil and Baghdad, lies in Diyala province near the Iranian border.
    The Alwand flows into Iraq from Iranian territory.

    The flooding comes three days after <a href="{GEL_E1A['link']}">flash floods killed two people</a> and damaged
    hundreds of homes in Zakho, in Duhok province.
    """,
    "alwand-river-khanaqin.jpg", "The Alwand River in Khanaqin", ["Kurdistan", "Garmiyan"])

gel("gel-e3", 40790, "E3", "2025-03-16 13:00",
    "Halabja marks 37 years since chemical attack as survivors call for compensation",
    """
    <strong>HALABJA —</strong> Sirens sounded across the Kurdistan Region at 11 a.m. on Sunday as Halabja marked the
    37th anniversary of the chemical attack carried out by Saddam Hussein's regime on March 16, 1988.

    Relatives of victims, survivors and officials laid wreaths at the Halabja Monument, where the names of thousands of
    those killed are displayed. Around 5,000 people, most of them women and children, died in the attack, and thousands
    more were injured.

    Survivors used the occasion to renew demands for compensation and for specialised medical care. "Many of us still
    cannot breathe properly. We don't want speeches, we want treatment," said Karwan Abdulla, who was 14 at the time.

    Participants also urged Baghdad to complete the legal steps to make Halabja Iraq's 19th province, a move promised
    by successive governments.

    The Iraqi High Tribunal recognised the Halabja attack as an act of genocide in 2010.
    """,
    "halabja-monument-wreaths.jpg", "Wreaths at the Halabja Monument", ["Kurdistan", "Halabja"])

gel("gel-e4", 40575, "E4", "2025-03-12 17:40",
    "More than 170 Yazidi families leave Duhok camps to return to Shingal",
    """
    <strong>DUHOK —</strong> A convoy carrying 173 displaced Yazidi families left camps in Duhok province on Wednesday to
    return to their homes in Shingal (Sinjar), in the latest voluntary return organised by Iraq's Ministry of Migration
    and Displacement.

    The families, nearly 870 people, departed from Sharya and Kabarto camps early in the morning, escorted by security
    vehicles, according to camp officials.

    Each returning family is entitled to a 4 million dinar grant, the ministry says. Returnees interviewed by Gelawej
    News said the money would barely cover repairs.

    "My house in Khanasor has no roof and no electricity, but I cannot wait any longer," said Dakhil Hassan, 52, who
    has lived in Sharya camp since 2014.

    More than a decade after the Islamic State group's assault on the Yazidi heartland, tens of thousands of Yazidis
    remain in camps in the Kurdistan Region. Baghdad has repeatedly announced deadlines to close the camps, while Yazidi
    activists say Shingal still lacks services, reconstruction and a settled administration.
    """,
    "sharya-camp-convoy.jpg", "Families board buses at Sharya camp", ["Kurdistan", "Shingal"])

gel("gel-e5", 40530, "E5", "2025-03-11 19:10",
    "Kurdish MPs object to dam clause in Iraq’s draft water law",
    """
    <strong>ERBIL —</strong> Kurdish lawmakers in the Iraqi parliament on Tuesday raised objections to an article in a
    draft water resources law that they say would give Baghdad control over dams in the Kurdistan Region, as the bill
    passed its first reading.

    The article, according to a copy seen by Gelawej News, places the management of "all dams and reservoirs in Iraq"
    under the federal Ministry of Water Resources. The Kurdistan Region runs the Dukan and Darbandikhan dams through its
    own ministry of agriculture and water resources.

    "The constitution makes water policy a shared competence. You cannot transfer the Dukan Dam with one line in a
    bill," said Shwan Ali, a KDP member of parliament's agriculture and water committee. A PUK lawmaker said his bloc
    would propose amendments before the second reading.

    Tuesday's session, chaired by Speaker Mahmoud al-Mashhadani, also completed the second reading of amendments to the
    consumer protection law.

    Iraq is facing one of its worst droughts in decades, with water levels in the Tigris and Euphrates at historic lows.
    """,
    "iraqi-parliament-hall.jpg", "The Iraqi Council of Representatives in Baghdad", ["Iraq", "Politics"])

gel("gel-e7", 40577, "E7", "2025-03-12 16:20",
    "Teachers rally in Sulaimani & Ranya over unpaid February salaries",
    """
    <strong>SULAIMANI —</strong> Hundreds of teachers and other public employees protested in Sulaimani and Ranya on
    Wednesday, demanding the payment of their February salaries and that their wages be "localised" through federal
    Iraqi banks.

    Protesters gathered outside Azadi Park in central Sulaimani, chanting slogans and holding banners reading "Salary is
    a right, not a favour." A parallel rally took place in Ranya, in the Raparin administration.

    "We are not politicians. We are teachers who have to borrow money to buy bread," said Awat Jamal, a secondary
    school teacher who has taught for 19 years.

    Organisers said some teachers travelling from Ranya and Qaladze were stopped at a checkpoint near Dukan. There was
    no immediate comment from security officials.

    Teachers in Sulaimani province have boycotted classes on and off since the autumn over delayed wages. The Kurdistan
    Regional Government says it depends on Baghdad's monthly transfers to pay public employees.
    """,
    "sulaimani-teachers-protest.jpg", "Teachers protest outside Azadi Park in Sulaimani", ["Kurdistan", "Sulaimani"])

gel("gel-e9", 40630, "E9", "2025-03-13 14:00",
    "Faysh Khabur–Semalka crossing reopens after ten-day closure",
    """
    <strong>ZAKHO —</strong> The Faysh Khabur border crossing between the Kurdistan Region and Rojava (northeast Syria)
    reopened for travellers on Thursday morning, ending a ten-day closure that left hundreds of people stranded on both
    sides.

    An official at the crossing told Gelawej News that around 600 people were expected to cross on the first day, most
    of them patients, university students and families visiting relatives during Ramadan. The official attributed the
    closure, which began on March 3, to "technical and administrative reasons".

    "We have been waiting in Derik for more than a week. My father has an appointment at a hospital in Erbil," said
    Rojin Ahmad, a traveller reached by phone on the Semalka side.

    Commercial trucks will be allowed to cross again from Sunday, the official said.

    The crossing, which spans the Tigris close to where the borders of Iraq, Syria and Turkey meet, is the main
    lifeline between the Kurdish-led administration in northeast Syria and the outside world.
    """,
    "faysh-khabur-crossing.jpg", "Travellers at the Faysh Khabur crossing", ["Kurdistan", "Rojava"])

gel("gel-s1", 40702, "S1", "2025-03-14 23:40",
    "Duhok held to goalless draw by Al-Karkh in Stars League",
    """
    <strong>DUHOK —</strong> Duhok SC dropped two points in the race for a top-four finish in the Iraq Stars League after
    being held to a 0-0 draw by Al-Karkh at Duhok International Stadium on Friday night.

    The match, played after iftar in front of around 12,000 fans, saw the hosts dominate possession but struggle to
    break down a well-organised Karkh defence. Duhok's best chance came in the 67th minute, when a header from a corner
    struck the crossbar.

    "We created enough to win, but football is about goals. We have to be sharper," Duhok midfielder Sipan Hawre told
    reporters after the match.

    The result leaves Duhok fifth with 43 points. They travel to Baghdad next week to face Al-Quwa Al-Jawiya, while
    Al-Karkh remain in mid-table.
    """,
    "duhok-stadium-night.jpg", "Duhok International Stadium", ["Sport"], creator="Sports Desk")

gel("gel-s9", 40745, "S9", "2025-03-15 12:30",
    "Akre gears up for its famous Newroz torch night",
    """
    <strong>AKRE —</strong> Preparations are under way in Akre for the town's Newroz celebrations, with municipal workers
    clearing the mountain paths that thousands of torch-bearers will climb on the evening of March 20.

    The town, known in Kurdish as Akrê, has become one of the best-known Newroz destinations in the Kurdistan Region,
    with visitors travelling from across Iraq and abroad to watch the slopes light up with fire.

    "This year we expect more than 100,000 visitors, so we have prepared extra parking areas and medical teams," said
    Farhad Zebari, an official in Akre's tourism office. Organisers said around 2,500 volunteers would take part in the
    torch march.

    Hotels in Akre and nearby Bardarash are almost fully booked, and traffic police have announced a plan to close the
    town centre to vehicles on the night of the celebration.

    Newroz, the Kurdish new year, is celebrated on March 21.
    """,
    "akre-newroz-torches.jpg", "Torch-bearers on the slopes of Akre during a previous Newroz", ["Culture"])


# ---------------------------------------------------------------------------
# Denge Zagros (Kurmanji, Latin script; custom CMS RSS 2.0, pubDate in GMT, full HTML in CDATA description)
# ---------------------------------------------------------------------------
DZ = "https://dengezagros.net/kmr"
KMR_FOLD = str.maketrans("êîûçşÊÎÛÇŞ", "eiucsEIUCS")


def dz(key, nid, event, when, title, body, cat, creator="Dengê Zagrosê", short=False, **kw):
    slug = re.sub(r"[^a-z0-9]+", "-", title.translate(KMR_FOLD).lower()).strip("-")
    slug = "-".join(slug.split("-")[:8])
    link = f"{DZ}/nuce/{nid}-{slug}"
    d = dict(key=key, feed="dengezagros-kmr.xml", lang="kmr", event=event, nid=nid, guid=link, link=link,
             date=local(when) if when else None, title=title, body=paras(body), cat=cat, creator=creator,
             short=short)
    d.update(kw)
    return add(d)


dz("dz-e1a", 58120, "E1", "2025-03-11 08:05",
   "Lehî li Zaxoyê: zarokek mir, bi sedan mal di bin avê de man",
   """
   <strong>Zaxo</strong> – Ji ber barana bi hêz a ku hemû şeva Duşemê berdewam kir, sibeha roja Sêşemê, 11ê Adara
   2025an, lehiyê li bajarê Zaxoyê û gundên derdorê zirareke mezin gihand.

   Li gorî agahiyên ku gihîştine Dengê Zagrosê, zarokekî 9 salî li nahiyeya Derkarê ji aliyê ava çemekî ve hat birin û
   termê wî piştî çend saetan hat dîtin. Şivanekî ji gundekî ser bi Batîfayê ve jî hê winda ye.

   Berpirsekî Parastina Şaristanî ya Zaxoyê, Berzan Îsmaîl, ji me re got: "Tîmên me heta sibehê li ser kar bûn. Me
   nêzî 30 kes ji mal û erebeyên ku av lê girtibûn derxistin."

   Ava çemê Xabûrê jî gelek bilind bû û hin taxên nêzî çem ketin bin avê. Li gorî texmînên destpêkê, zêdetirî 200
   malan zirar dîtine.

   Parêzgeha Dihokê ji bo roja Sêşemê dibistanên Zaxoyê girtin û ji welatiyan xwest ku xwe ji rex çem û geliyan dûr
   bigirin.
   """, "Kurdistan")

dz("dz-e1b", 58161, "E1", "2025-03-12 12:30",
   "Termê şivanê winda li nêzî Batîfayê hat dîtin",
   """
   <strong>Dihok</strong> – Tîmên Parastina Şaristanî roja Çarşemê, 12ê Adarê, termê şivanekî 46 salî yê ku di lehiya
   Zaxoyê de winda bûbû, li geliyekî nêzî Batîfayê dîtin. Bi vî awayî hejmara kesên ku di lehiyê de jiyana xwe ji dest
   dan bû du.

   Yek ji xizmên şivanê winda ji Dengê Zagrosê re got: "Ew bi pezê xwe re li çiyê bû dema ku av hat. Em du roj in li
   wî digerin, me hêvî dikir ku sax be."

   Parêzgeha Dihokê ragihand ku komîteyek ji bo texmînkirina zirarê hatiye avakirin. Li gorî serjimêriya destpêkê,
   260 mal, du pirên biçûk û bi dehan dikan zirar dîtine. Rêya Zaxo–Batîfa jî ji bo demekê hat girtin û niha ji nû ve
   vebûye.

   Navenda Hevrêziya Krîzan (JCC) a Herêma Kurdistanê got ku alîkariyên lezgîn gihandine 140 malbatan.
   """, "Kurdistan")

dz("dz-e3", 58390, "E3", "2025-03-16 12:40",
   "Helebce 37emîn salvegera bombebarana kîmyewî bi bîr anî",
   """
   <strong>Helebce</strong> – Roja Yekşemê, 16ê Adara 2025an, li Helebceyê 37emîn salvegera bombebarana kîmyewî ya
   rejîma Beisê hat bibîranîn. Di saet 11:00an de sîren hatin lêdan û li seranserê Herêma Kurdistanê ji bo rêzgirtina
   qurbaniyan deqeyek bêdengî hat girtin.

   Di merasîma ku li ber Abîdeya Şehîdên Helebceyê hat lidarxistin de, malbatên qurbaniyan, rizgarbûyî û nûnerên
   partiyan beşdar bûn. Di 16ê Adara 1988an de, nêzî 5 hezar kes hatin kuştin û bi hezaran kesên din birîndar bûn.

   Rizgarbûyekî 61 salî, Hesen Ebdulrehman, got: "Heta îro jî gelek ji me bi nexweşiyên çav û sîngê dijîn. Em
   dixwazin dewlet qerebûya me bide, ne tenê her sal gotaran bixwîne."

   Malbatên qurbaniyan careke din daxwaz kirin ku Helebce bi awayekî fermî ji aliyê Bexdayê ve wek parêzgeh bê
   naskirin û çarenûsa kesên ku hê winda ne bê eşkerekirin.
   """, "Kurdistan")

dz("dz-e4", 58170, "E4", None,
   "173 malbatên êzîdî ji kampên Dihokê vegeriyan Şengalê",
   """
   <strong>Dihok</strong> – Karwanekî ku ji 173 malbatên êzîdî pêk dihat, îro ji kampên Şarya û Kebertoyê ber bi
   Şengalê ve bi rê ket. Ev vegera bi dilxwazî ji aliyê Wezareta Koç û Koçberan a Iraqê ve hatiye organîzekirin.

   Rêveberê kampa Şaryayê, Xidir Şeref, ji Dengê Zagrosê re got ku her malbatek dê 4 milyon dînar wek alîkariya vegerê
   werbigire. "Hin malbat ji ber nebûna xizmetguzariyan hê dudil in, lê vê carê hejmar ji karwanên berê zêdetir e,"
   wî got.

   Jineke êzîdî ya ku bi zarokên xwe re vedigeriya got: "Em ji sala 2014an ve di çadiran de ne. Mala me li Sinûnê
   xirab e, lê em ê dîsa jî vegerin."

   Hê jî bi deh hezaran êzîdî li kampên Herêma Kurdistanê dijîn. Rewşa ewlehiyê ya tevlihev û nebûna avakirinê li
   Şengalê du astengiyên sereke yên li pêşiya vegerê ne.
   """, "Kurdistan", note="item has no pubDate; published on 12 Mar 2025")

dz("dz-e6", 58355, "E6", "2025-03-15 19:20",
   "Parlamentoya Iraqê wezîrê karebayê mêvan kir",
   """
   Parlamentoya Iraqê roja Şemiyê di danişînekê de wezîrê karebayê li ser plana havînê û gaza Îranê mêvan kir; tu
   biryar nehatin dayîn.
   """, "Iraq", short=True, note="one-line description only")

dz("dz-e7", 58158, "E7", "2025-03-12 15:00",
   "Mamosteyên Silêmaniyê ji bo mûçeyan daketin kolanan",
   """
   <strong>Silêmanî</strong> – Bi sedan mamoste û fermanber roja Çarşemê, 12ê Adarê, li navenda bajarê Silêmaniyê û li
   Raniyê xwepêşandan li dar xistin û daxwaza dayîna mûçeyên meha Sibatê kirin.

   Xwepêşanderan pankartên ku li ser wan "Mûçe mafê me ye" hatibû nivîsandin hilgirtibûn û daxwaz kirin ku mûçeyên wan
   bi rêya bankên federal ên Iraqê werin dayîn, ango "xwecihîkirina mûçeyan".

   Mamosteyekî dibistaneke seretayî, Dilşad Kerîm, got: "Her meh em li benda mûçeyê dimînin û kes nizane kengî tê. Em
   nikarin bi vî awayî debara malbatên xwe bikin."

   Li gorî çavkaniyên herêmî, hêzên ewlehiyê rê li ber komeke mamosteyên ji Raniyê girtin ku dixwestin biçin
   Silêmaniyê. Hin parlamenterên YNK û PDKê piştgiriya xwe ji daxwazên mamosteyan re diyar kirin. Rêxistinvanan
   ragihand ku boykota dersan dê heta dayîna mûçeyan berdewam bike.
   """, "Kurdistan")

dz("dz-e9a", 58215, "E9", "2025-03-13 11:10",
   "Deriyê Sêmalka–Fîşxabûrê piştî 10 rojan ji nû ve vebû",
   """
   <strong>Fîşxabûr</strong> – Deriyê sînorî yê di navbera Herêma Kurdistanê û Rojavayê Kurdistanê de, roja Pêncşemê,
   13ê Adarê, piştî ku 10 rojan girtî ma, ji nû ve ji bo rêwiyan hat vekirin.

   Berpirsekî deriyê Fîşxabûrê, Şêrzad Zaxoyî, ji Dengê Zagrosê re ragihand ku girtina derî ji ber "sedemên teknîkî û
   îdarî" bû û ku di roja yekem de nêzî 600 kes dê derbas bibin. Wî got ku derbasbûna kamyonên bazirganiyê dê ji roja
   Yekşemê ve dest pê bike.

   Li aliyê Sêmalkayê jî, bi dehan malbat ji sibeha zû ve li benda derbasbûnê bûn. Piraniya rêwiyan nexweş, xwendekarên
   zanîngehan û malbatên ku dixwazin di meha Remezanê de serdana xizmên xwe bikin, in.

   Rêveberiya Xweser a Bakur û Rojhilatê Sûriyeyê vebûna derî wek "gaveke erênî" bi nav kir.
   """, "Rojava")

dz("dz-e9b", 58268, "E9", "2025-03-14 10:00",
   "Roja duyem li Sêmalkayê: bi sedan rêwî li benda derbasbûnê ne",
   """
   <strong>Qamişlo</strong> – Di roja duyem a vebûna deriyê Sêmalka–Fîşxabûrê de, bi sedan rêwiyên ji Qamişlo, Hesekê
   û Dêrikê li ber derî kom bûn. Hin rêwiyan got ku ew ji nîvê şevê ve li wir in.

   Rêwiyekî ji Hesekê, Ciwan Ehmed, got: "Diya min nexweş e û divê li Hewlêrê emeliyat bibe. Em 10 rojan li benda
   vebûna derî man, îro jî hê em li vir in."

   Li gorî karmendên derî, dê hejmara rêwiyên rojane ji bo demekê bi sînor be da ku qelebalix kêm bibe. Hin malbatan jî
   gazin ji bihabûna xerca derbasbûnê kirin.

   Derî roja Pêncşemê piştî girtina 10 rojan ji nû ve vebûbû.
   """, "Rojava")

dz("dz-s2", 58140, "S2", "2025-03-11 23:15",
   "Li Dihokê şevên helbestê yên Remezanê dest pê kirin",
   """
   <strong>Dihok</strong> – Bi beşdariya zêdetirî 20 helbestvanên ji Başûr û Rojavayê Kurdistanê, şeva Sêşemê li Hola
   Çandê ya Dihokê şevên helbestê yên Remezanê dest pê kirin. Çalakî dê heta dawiya hefteyê berdewam bike û her şev
   piştî fitarê li dar bikeve.

   Helbestvanên ciwan helbestên xwe yên nû bi Kurmancî û Soranî xwendin. Di şeva yekem de bîranîna helbestvanê navdar
   Cegerxwîn jî hat kirin.

   Yek ji rêxistinvanan, Rewşen Birîfkanî, got: "Armanca me ew e ku ciwan di meha Remezanê de nêzîkî wêje û helbestê
   bibin. Beşdarî ji ya ku me hêvî dikir zêdetir bû."

   Ji bo beşdarbûnê tu bilêt nayê firotin û deriyê salonê ji hemû welatiyan re vekirî ye.
   """, "Çand")

dz("dz-s8", 58255, "S8", "2025-03-13 23:55",
   "Zaxo bi du golan Talebeyê têk bir",
   """
   <strong>Zaxo</strong> – Di hefteya 24an a Lîga Stêrkên Iraqê de, tîma Zaxoyê şeva Pêncşemê li ser stadyûma xwe bi
   encama 2-0 tîma Talebeyê têk bir.

   Gola yekem di deqeya 38an de bi serê êrîşkar Azad Sebrî hat tomarkirin, gola duyem jî di deqeya 81an de ji penaltiyekê
   hat.

   Alîkarê rahênerê Zaxoyê, Hoger Mizûrî, piştî lîstikê got: "Tevî ku lîstikvan rojî digirin, wan amadeyiyeke baş nîşan
   da. Ev sê xal ji bo ku em di nav pênc tîmên pêşîn de bimînin gelek girîng in."

   Bi vê serkeftinê, Zaxo gihîşt 41 xalan. Tîm dê hefteya bê li Bexdayê bi tîma Zewraê re bilîze.
   """, "Werziş")


# ---------------------------------------------------------------------------
# Hawalnama (Sorani, Arabic script; WordPress RSS 2.0, +0300, percent-encoded Sorani slugs,
# the same footer line under every post)
# ---------------------------------------------------------------------------
HW = "https://hawalnama.net"
HW_UP = HW + "/wp-content/uploads/2025/03/"


def hw_slug(title, n=8):
    t = re.sub(r"[^\w\s-]", " ", title)          # drops ، : « » – and quotes, keeps letters and digits
    return "-".join(t.split()[:n])


def hw(key, pid, event, when, title, body, cats, img=None, creator="هەواڵنامە", short=False, **kw):
    link = f"{HW}/{urllib.parse.quote(hw_slug(title))}/"
    d = dict(key=key, feed="hawalnama-ckb.xml", lang="ckb", event=event, pid=pid, guid=f"{HW}/?p={pid}",
             link=link, date=local(when), title=title, body=paras(body) if body else [], cats=cats,
             img=(HW_UP + img) if img else None, creator=creator, short=short)
    d.update(kw)
    return add(d)


hw("hw-e1", 118204, "E1", "2025-03-11 13:45",
   "لافاو لە زاخۆ گیانی منداڵێکی ستاند و زیاتر لە ٢٠٠ خانووی گرتەوە",
   """
   <strong>هەواڵنامە – دهۆک</strong>

   بەهۆی بارانبارینی بەخوڕی شەوی ڕابردوو، بەیانی ئەمڕۆ سێشەممە ١١ی ئازاری ٢٠٢٥، لافاو بەشێکی شاری زاخۆ و
   گوندەکانی دەوروبەری گرتەوە و زیانی گیانی و ماددی لێکەوتەوە.

   سەرچاوەیەکی تەندروستی لە زاخۆ بە هەواڵنامەی ڕاگەیاند، منداڵێکی نۆ ساڵان لە ناحیەی دەرکار لەلایەن ئاوی جۆگەیەکەوە
   ڕاپێچ کرا و دواتر تەرمەکەی دۆزرایەوە، هەروەها شوانێک لە نزیک باتیفا بێسەروشوێنە.

   بەپێی ئامارێکی سەرەتایی بەرگریی شارستانی، زیاتر لە ٢٠٠ خانوو ئاویان تێچووە و ئاستی ئاوی ڕووباری خابوور بە
   شێوەیەکی بەرچاو بەرز بووەتەوە.

   هاووڵاتییەکی گەڕەکی بازاڕی زاخۆ گوتی: "لە ماوەی نیو کاتژمێردا ئاو گەیشتە ناو ماڵەکەمان، هیچ شتێکمان پێ ڕزگار
   نەکرا."

   پارێزگای دهۆک دەوامی قوتابخانەکانی زاخۆی بۆ ئەمڕۆ ڕاگرت و داوای لە خەڵک کرد لە کەناری ڕووبار و دۆڵەکان دوور
   بکەونەوە.
   """, ["هەواڵ", "کوردستان"], img="zaxo-lafaw.jpg")

hw("hw-e2", 118391, "E2", "2025-03-14 16:10",
   "ڕووباری ئەڵوەند لە خانەقین هەڵچوو و دەیان خێزان ماڵەکانیان چۆڵ کرد",
   """
   <strong>هەواڵنامە – خانەقین</strong>

   دوای بارانبارینی بەخوڕ لە ناوچەکە و لە سەرچاوەکانی ڕووبارەکە لە ڕۆژهەڵاتی کوردستان، ئەمڕۆ هەینی ئاستی ئاوی
   ڕووباری ئەڵوەند لە خانەقین بەرزبووەوە و ئاو چووە ناو چەند گەڕەکێکی کەناری ڕووبارەکە.

   بەرپرسێکی بەرگریی شارستانی لە خانەقین کە نەیویست ناوی بهێنرێت، ڕایگەیاند کە نزیکەی ٦٠ خانوو ئاویان تێچووە و ٤٠
   خێزان بۆ شوێنی سەلامەت گوازراونەتەوە، هەروەها پیاوێک بە سووکی بریندار بووە.

   جووتیارانی ناوچەی قۆرەتووش دەڵێن بەشێک لە کێڵگەکانیان ژێر ئاو کەوتووە و زیانی زۆریان بەرکەوتووە.

   ئەمە لە کاتێکدایە کە سێشەممەی ڕابردوو لافاو لە زاخۆ دوو کەسی گیان لەدەستدا و زیاتر لە ٢٠٠ خانووی گرتەوە.
   """, ["هەواڵ", "گەرمیان"], img="alwand-xaneqin.jpg")

hw("hw-e3a", 118455, "E3", "2025-03-16 11:05",
   "بە لێدانی سایرینەکان و وەستانی بێدەنگی یادی ٣٧ ساڵەی کیمیابارانی هەڵەبجە کرایەوە",
   None, ["هەواڵ", "هەڵەبجە"], short=True,
   note="title only: empty description; content:encoded holds only the site-wide footer line")

hw("hw-e3b", 118472, "E3", "2025-03-16 13:20",
   "هەڵەبجە لە ٣٧ەمین ساڵیادی کیمیاباراندا: قوربانییان هێشتا چاوەڕێی قەرەبوون",
   """
   <strong>هەواڵنامە – هەڵەبجە</strong>

   ئەمڕۆ یەکشەممە ١٦ی ئازار، لە ڕێوڕەسمێکدا لە بەردەم مۆنۆمێنتی شەهیدانی هەڵەبجە، سی و حەوتەمین ساڵیادی کیمیابارانی
   شارەکە کرایەوە. لە کاتژمێر ١١ی پێش نیوەڕۆدا سایرینەکان لێدران و خەڵک بۆ یەک خولەک ڕاوەستان.

   لە ڕێوڕەسمەکەدا کە کەسوکاری شەهیدان و ڕزگاربووان و بەرپرسانی حکومی و حیزبی تێیدا ئامادەبوون، داوای
   قەرەبووکردنەوەی قوربانییان و چارەسەری نەخۆشییە درێژخایەنەکانی ڕزگاربووان کرا.

   ئامینە محەمەد، یەکێک لە ڕزگاربووان کە ئەوکات تەمەنی دوازدە ساڵ بووە، بە هەواڵنامەی گوت: "هەموو ساڵێک دێین و
   قسە دەکرێت، بەڵام هێشتا زۆرێک لە ئێمە پارەی دەرمانەکانمان لە گیرفانی خۆمان دەدەین."

   لە ١٦ی ئازاری ١٩٨٨دا، ڕژێمی بەعس شاری هەڵەبجەی بە چەکی کیمیایی بۆمباران کرد کە بووە هۆی شەهیدبوونی نزیکەی
   پێنج هەزار کەس و برینداربوونی هەزاران کەسی تر.

   بەشداربووان هەروەها داوایان لە حکومەتی عێراق کرد هەنگاوە یاساییەکانی پارێزگابوونی هەڵەبجە تەواو بکات.
   """, ["هەواڵ", "هەڵەبجە"], img="halabja-monument.jpg")

hw("hw-e4", 118260, "E4", "2025-03-12 14:00",
   "١٧٣ خێزانی ئێزیدی لە کەمپەکانی دهۆکەوە گەڕانەوە بۆ شنگال",
   """
   <strong>هەواڵنامە – دهۆک</strong>

   بە سەرپەرشتی وەزارەتی کۆچ و کۆچبەرانی عێراق، ئەمڕۆ چوارشەممە کاروانێکی ١٧٣ خێزانی ئاوارەی ئێزیدی لە کەمپەکانی
   شاریا و کەبەرتۆوە بەرەو قەزای شنگال کەوتنە ڕێ.

   بەپێی زانیارییەکانی هەواڵنامە، ژمارەی ئەو کەسانەی گەڕانەوە نزیکەی ٨٧٠ کەسن و هەر خێزانێک بڕی چوار ملیۆن دینار
   وەک پاڵپشتی گەڕانەوە وەردەگرێت.

   فەرمانبەرێکی وەزارەتەکە کە نەیویست ناوی ئاشکرا بکرێت گوتی: "ئەمە گەورەترین کاروانی ئەمساڵە و بەرنامەمان هەیە تا
   کۆتایی مانگ کاروانی تریش ڕێکبخەین."

   هێشتا دەیان هەزار ئێزیدی لە کەمپەکانی پارێزگای دهۆک دەژین و زۆربەیان دەڵێن نەبوونی خزمەتگوزاری و خانووی
   وێرانکراو و ناجێگیری ئەمنی لە شنگال ڕێگرن لە گەڕانەوەیان.
   """, ["هەواڵ", "کوردستان"])

hw("hw-e5", 118236, "E5", "2025-03-11 18:20",
   "پەرلەمانی عێراق خوێندنەوەی یەکەمی پرۆژەیاسای سەرچاوەکانی ئاوی تەواو کرد",
   """
   <strong>هەواڵنامە – بەغدا</strong>

   ئەنجومەنی نوێنەرانی عێراق لە دانیشتنی ئەمڕۆ سێشەممەدا بە سەرۆکایەتی مەحمود مەشهەدانی، سەرۆکی ئەنجومەن،
   خوێندنەوەی یەکەمی پرۆژەیاسای سەرچاوەکانی ئاوی تەواو کرد.

   فراکسیۆنە کوردستانییەکان تێبینییان لەسەر ئەو ماددەیە هەیە کە بەڕێوەبردنی بەنداوەکان دەداتە دەست حکومەتی فیدراڵ.
   پەرلەمانتارێکی فراکسیۆنی پارتی کە نەیویست ناوی بڵاوبکرێتەوە گوتی: "بەنداوی دوکان و دەربەندیخان لە ناو هەرێمدان
   و دەستوور ڕێگە نادات بەم شێوەیە بڕیاریان لەسەر بدرێت."

   هاوکات پەرلەمانتارێکی یەکێتی ڕایگەیاند، فراکسیۆنەکەیان لە خوێندنەوەی دووەمدا پێشنیاری هەمواری ئەو ماددەیە دەکات.

   پرۆژەیاساکە لە کاتێکدا دەخوێندرێتەوە کە عێراق ڕووبەڕووی یەکێک لە خراپترین وشکەساڵییەکانی دەیەکانی ڕابردوو
   بووەتەوە و ئاستی ئاوی دیجلە و فورات دابەزیوە.

   دانیشتنەکە بۆ ڕۆژێکی تر دواخرا.
   """, ["هەواڵ", "عێراق"])

hw("hw-e7a", 118241, "E7", "2025-03-12 10:15",
   "مامۆستایانی سلێمانی و ڕانیە بۆ داواکردنی مووچەی شوبات ڕژانە سەر شەقام",
   """
   <strong>هەواڵنامە – سلێمانی</strong>

   بەیانی ئەمڕۆ چوارشەممە، سەدان مامۆستا و فەرمانبەر لە بەردەم پارکی ئازادی لە سلێمانی و لە ناوەندی شاری ڕانیە
   کۆبوونەوە و داوای دابەشکردنی مووچەی مانگی شوباتیان کرد.

   خۆپیشاندەران دروشمی "مووچە مافە، نەک منەت"یان بەرز کردبووەوە و داوایان کرد مووچەکانیان بەخۆماڵی بکرێت و لە
   ڕێگەی بانکە فیدراڵییەکانەوە وەریبگرن.

   سەروەر عەلی، مامۆستای قوتابخانەیەکی ئامادەیی لە سلێمانی، بە هەواڵنامەی گوت: "ئێمە دەمانەوێت منداڵەکانمان
   بخوێنن، بەڵام بە بێ مووچە ناتوانین بژین. هەموو مانگێک هەمان چیرۆکە."

   ڕێکخەرانی خۆپیشاندانەکە ڕایانگەیاند کە بایکۆتی وانەگوتنەوە تا وەرگرتنی مووچە بەردەوام دەبێت.
   """, ["هەواڵ", "سلێمانی"], img="mamostayan-slemani.jpg")

hw("hw-e7b", 118266, "E7", "2025-03-12 17:00",
   "هێزە ئەمنییەکان ڕێگەیان لە مامۆستایانی ڕانیە گرت بگەنە سلێمانی",
   """
   <strong>هەواڵنامە – ڕانیە</strong>

   لە دوای خۆپیشاندانەکەی بەیانی ئەمڕۆی مامۆستایان، ڕێکخەرانی ناڕەزایییەکان ڕایانگەیاند کە هێزە ئەمنییەکان لە نزیک
   دوکان ڕێگەیان لە نزیکەی 30 ئۆتۆمبێلی مامۆستایانی ڕانیە و قەڵادزێ گرتووە کە بەرەو سلێمانی دەچوون.

   یەکێک لە ڕێکخەران کە نەیویست ناوی بڵاوبکرێتەوە گوتی: "ئێمە بە ئاشتی دەمانویست دەنگمان بگەیەنین، بەڵام سێ
   کاتژمێر لە خاڵی پشکنین ڕاگیراین."

   تا ئێستا هیچ لێدوانێکی فەرمی لەبارەی ڕێگرتنەکەوە لەلایەن دەزگا ئەمنییەکانەوە بڵاونەکراوەتەوە.

   مامۆستایان ڕایانگەیاند ئەگەر مووچەی شوبات دابەش نەکرێت، یەکشەممەی داهاتوو خۆپیشاندانێکی تر لە سلێمانی ساز
   دەکەن.
   """, ["هەواڵ", "ڕاپەڕین"])

hw("hw-e8", 118420, "E8", "2025-03-15 17:30",
   "خۆپیشاندانی دەرچووانی زانکۆ لە ناسریە بە پێکدادان کۆتایی هات",
   """
   <strong>هەواڵنامە – ناسریە</strong>

   ئەمڕۆ شەممە خۆپیشاندانی سەدان دەرچووی بێکاری زانکۆ و پەیمانگاکان لە شاری ناسریەی ناوەندی پارێزگای زیقار بە
   پێکدادان لەگەڵ هێزەکانی پۆلیس کۆتایی هات.

   بەپێی سەرچاوە ناوخۆییەکان، خۆپیشاندەران هەوڵیاندا بگەنە بەردەم بینای پارێزگا و ڕێگای سەرەکییان داخست و لە
   ئەنجامدا ٦ کەس بریندار بوون.

   دەرچووان داوای دامەزراندن و جێبەجێکردنی بەڵێنەکانی حکومەت دەکەن.

   ئەم خۆپیشاندانە چەند ڕۆژێک دوای ناڕەزایی مامۆستایانی سلێمانی و ڕانیە دێت کە چوارشەممەی ڕابردوو بۆ مووچە ڕژانە
   سەر شەقام.
   """, ["هەواڵ", "عێراق"])

hw("hw-e9", 118298, "E9", "2025-03-13 12:30",
   "دەروازەی فیشخابوور – سێمالکا دوای ١٠ ڕۆژ کرایەوە",
   """
   <strong>هەواڵنامە – دهۆک</strong>

   دەروازەی فیشخابوور کە هەرێمی کوردستان بە ڕۆژئاوای کوردستانەوە دەبەستێتەوە، ئەمڕۆ پێنجشەممە دوای ١٠ ڕۆژ لە
   داخستن، بۆ هاتووچۆی گەشتیاران کرایەوە.

   سەرچاوەیەک لە بەڕێوەبەرایەتیی دەروازەکە بە هەواڵنامەی ڕاگەیاند، داخستنەکە بەهۆی "هۆکاری تەکنیکی و کارگێڕی"
   بووە و لە ڕۆژی یەکەمدا چاوەڕوان دەکرێت نزیکەی ٦٠٠ کەس بپەڕنەوە.

   زۆربەی گەشتیاران نەخۆش و خوێندکار و ئەو خێزانانەن کە دەیانەوێت لە مانگی ڕەمەزاندا سەردانی کەسوکاریان بکەن.

   بەگوێرەی هەمان سەرچاوە، هاتووچۆی بارهەڵگرەکان لە یەکشەممەوە دەست پێدەکاتەوە.
   """, ["هەواڵ", "ڕۆژئاوا"])

hw("hw-s5", 118335, "S5", "2025-03-13 19:00",
   "پێشانگایەکی وێنە لە کۆیە ژیانی ڕۆژانەی شار لە نیو سەدەی ڕابردوودا نیشان دەدات",
   """
   <strong>هەواڵنامە – کۆیە</strong>

   بە بەشداری ١٨ وێنەگری ئەم شارە، ئێوارەی ئەمڕۆ پێشانگایەکی وێنە بە ناونیشانی «کۆیە لە ئاوێنەدا» لە هۆڵی
   ڕۆشنبیری کۆیە کرایەوە.

   پێشانگاکە زیاتر لە ١٢٠ وێنە لەخۆدەگرێت کە ژیانی ڕۆژانە، بازاڕە کۆنەکان، قوتابخانەکان و بۆنە نەتەوەییەکانی
   شارەکە لە سەردەمە جیاوازەکاندا نیشان دەدەن. کۆنترین وێنەکان بۆ کۆتایی حەفتاکان دەگەڕێنەوە.

   هێمن ئەحمەد، یەکێک لە ڕێکخەران گوتی: "زۆرێک لەم وێنانە لە ئەرشیفی خێزانەکاندا بوون و بۆ یەکەمجار نیشان
   دەدرێن."

   پێشانگاکە بۆ ماوەی پێنج ڕۆژ بەردەوام دەبێت و هەموو ئێوارەیەک دوای بەربانگ دەرگاکانی بۆ بینەران دەکرێتەوە.
   """, ["ڕۆشنبیری"], img="koye-pishangay-wene.jpg")


# ---------------------------------------------------------------------------
# Shatt Press (Arabic, RSS 2.0 in windows-1256 bytes, escaped-HTML description, bare numeric guid)
# ---------------------------------------------------------------------------
SH = "https://www.shattpress.net"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def sh(key, nid, event, when, title, body, cat, indic=False, short=False, **kw):
    slug = "-".join(re.sub(r"[^\w\s]", " ", title.replace("عاجل |", "")).split()[:8])
    paras_ = paras(body) if body else []
    if indic:   # this CMS sometimes stores Arabic-Indic digits; cp1256 has none, so they become &#16xx; refs
        paras_ = [p.translate(ARABIC_INDIC) for p in paras_]
    d = dict(key=key, feed="shattpress-ar.xml", lang="ar", event=event, nid=nid, guid=str(nid),
             link=f"{SH}/news/{nid}/{urllib.parse.quote(slug)}", date=local(when), title=title, body=paras_,
             cat=cat, short=short)
    d.update(kw)
    return add(d)


sh("sh-e1", 91342, "E1", "2025-03-11 16:00",
   "سيول جارفة تضرب زاخو شمالي دهوك وتودي بحياة طفل",
   """
   شط برس/ دهوك

   شهد قضاء زاخو التابع لمحافظة دهوك، فجر اليوم الثلاثاء (11 آذار 2025)، سيولاً جارفة إثر هطول أمطار غزيرة استمرت
   لساعات، ما أدى إلى غرق طفل وفقدان راعٍ وتضرر عشرات المنازل.

   وقال مصدر في الدفاع المدني بالمحافظة لـ"شط برس"، إن "طفلاً يبلغ من العمر تسعة أعوام جرفته المياه في ناحية
   دركار، فيما ما تزال عمليات البحث جارية عن راعي أغنام فُقد قرب ناحية باطوفة".

   وأضاف أن "منسوب نهر الخابور ارتفع بشكل ملحوظ، ودخلت المياه إلى منازل في الأحياء القريبة من مجرى النهر، وتمكنت
   الفرق من إنقاذ نحو ثلاثين شخصاً كانوا محاصرين".

   وقررت إدارة محافظة دهوك تعطيل الدوام في مدارس زاخو ليوم واحد، داعية المواطنين إلى الابتعاد عن ضفاف الأنهار
   والوديان.

   وتشهد محافظات إقليم كردستان منذ أيام موجة من الأمطار الغزيرة، بعد موسم شتوي شحيح.
   """, "محليات")

sh("sh-e2", 91655, "E2", "2025-03-14 20:00",
   "فيضان نهر الوند يغمر منازل في خانقين والدفاع المدني يخلي عشرات العوائل",
   """
   شط برس/ ديالى

   غمرت مياه نهر الوند، مساء اليوم الجمعة، عدداً من المنازل والأراضي الزراعية في قضاء خانقين شمال شرقي محافظة
   ديالى، إثر ارتفاع منسوبه بسبب الأمطار الغزيرة التي هطلت على المنطقة وعلى منابعه داخل الأراضي الإيرانية.

   وذكر مسؤول محلي في القضاء لـ"شط برس"، أن "فرق الدفاع المدني أخلت أكثر من 40 عائلة من الأحياء المحاذية للنهر،
   ونقلتهم إلى مدارس وأماكن آمنة"، مؤكداً "عدم تسجيل أي حالات وفاة حتى الآن".

   وأشار إلى أن "المياه دخلت نحو خمسين منزلاً، وتسببت بقطع طريق فرعي يربط القضاء بعدد من القرى".

   ويأتي ذلك بعد أيام من سيول ضربت قضاء زاخو في محافظة دهوك وأودت بحياة شخصين.
   """, "محليات")

sh("sh-e3", 91790, "E3", "2025-03-16 14:10",
   "حلبجة تستذكر الذكرى الـ37 لقصفها بالأسلحة الكيمياوية",
   """
   شط برس/ السليمانية

   أحيا أهالي مدينة حلبجة، اليوم الأحد (16 آذار 2025)، الذكرى السابعة والثلاثين لقصف المدينة بالأسلحة الكيمياوية من
   قبل النظام السابق عام 1988، وسط مطالبات بتعويض ذوي الضحايا.

   وأطلقت صافرات الإنذار في تمام الساعة الحادية عشرة صباحاً في عموم مدن إقليم كردستان، فيما وقف المواطنون دقيقة صمت
   حداداً على أرواح الضحايا.

   وشهدت المراسم، التي أقيمت عند نصب شهداء حلبجة، حضور ذوي الضحايا وعدد من الناجين وممثلين عن الحكومة الاتحادية
   وحكومة الإقليم.

   وقال أحد الناجين لـ"شط برس"، إن "الضحايا ما زالوا ينتظرون إنصافاً حقيقياً، والكثير من الناجين يعانون أمراضاً
   مزمنة في العيون والجهاز التنفسي".

   وراح ضحية القصف نحو خمسة آلاف مدني، غالبيتهم من النساء والأطفال، فيما أصيب آلاف آخرون.
   """, "تقارير")

sh("sh-e4", 91480, "E4", "2025-03-12 19:30",
   "عودة 173 عائلة نازحة من مخيمات دهوك إلى قضاء سنجار",
   """
   شط برس/ نينوى

   أعلنت وزارة الهجرة والمهجرين، اليوم الأربعاء، عودة 173 عائلة نازحة من مخيمات محافظة دهوك إلى مناطقها الأصلية في
   قضاء سنجار غربي الموصل، ضمن برنامج العودة الطوعية.

   وذكر بيان للوزارة تلقته "شط برس"، أن "العوائل العائدة ستحصل على منحة العودة البالغة أربعة ملايين دينار لكل عائلة،
   إضافة إلى سلال غذائية ومواد إغاثية".

   وأضاف البيان أن "الوزارة مستمرة بتنظيم قوافل العودة، تمهيداً لإغلاق ملف النزوح بشكل نهائي".

   من جانبه، قال مسؤول محلي في سنجار، إن "البنى التحتية في القضاء ما تزال بحاجة إلى جهد كبير، لا سيما في قطاعي
   الكهرباء والماء، وهو ما يدفع عائلات كثيرة إلى التريث في العودة".

   وما يزال عشرات الآلاف من الإيزيديين يقيمون في مخيمات إقليم كردستان منذ عام 2014.
   """, "محليات")

sh("sh-e5a", 91301, "E5", "2025-03-10 21:00",
   "البرلمان ينشر جدول أعمال جلسة الثلاثاء.. قانون الموارد المائية أبرز الفقرات",
   """
   شط برس/ بغداد

   نشرت الدائرة الإعلامية لمجلس النواب، مساء اليوم الاثنين، جدول أعمال الجلسة المقرر عقدها يوم غد الثلاثاء (11 آذار
   2025).

   وتضمن الجدول، بحسب وثيقة اطلعت عليها "شط برس"، القراءة الأولى لمشروع قانون الموارد المائية، والقراءة الثانية
   لمقترح قانون تعديل قانون حماية المستهلك، إضافة إلى مناقشة عامة بشأن أزمة الجفاف وتراجع الإيرادات المائية.

   ومن المقرر أن تعقد الجلسة في الساعة الواحدة ظهراً، بعد تأجيل الجلسة السابقة لعدم اكتمال النصاب.

   ويشكو مزارعون في محافظات الوسط والجنوب من تقليص الخطة الزراعية بسبب قلة المياه الواردة من دول المنبع.
   """, "سياسة")

sh("sh-e5b", 91368, "E5", "2025-03-11 17:30",
   "مجلس النواب ينهي القراءة الأولى لمشروع قانون الموارد المائية",
   """
   شط برس/ بغداد

   أنهى مجلس النواب، في جلسته المنعقدة اليوم الثلاثاء برئاسة رئيس المجلس محمود المشهداني وحضور 181 نائباً، القراءة
   الأولى لمشروع قانون الموارد المائية.

   وقال عضو في لجنة الزراعة والمياه والأهوار النيابية لـ"شط برس"، إن "القانون يهدف إلى تنظيم استخدام المياه وحمايتها
   من الهدر والتلوث، ووضع أسس واضحة لإدارة السدود والخزانات على مستوى البلاد".

   وشهدت الجلسة مداخلات لنواب عن محافظة البصرة حذروا فيها من ارتفاع نسب الملوحة في شط العرب، فيما سجل نواب كرد
   تحفظهم على مادة تتعلق بإدارة السدود الواقعة في الإقليم.

   وأكمل المجلس كذلك القراءة الثانية لمقترح قانون تعديل قانون حماية المستهلك، قبل أن يقرر رفع الجلسة إلى إشعار آخر.
   """, "سياسة")

sh("sh-e6a", 91702, "E6", "2025-03-15 13:05",
   "عاجل | البرلمان يستضيف وزير الكهرباء لمناقشة خطة الصيف",
   None, "عاجل", short=True, note="breaking-news item: title only, no description")

sh("sh-e6b", 91731, "E6", "2025-03-15 18:45",
   "نواب يحذرون من صيف قاسٍ بعد استضافة وزير الكهرباء في البرلمان",
   """
   شط برس/ بغداد

   حذر نواب، اليوم السبت، من صيف قاسٍ على المواطنين، عقب جلسة استضاف فيها مجلس النواب وزير الكهرباء لمناقشة
   استعدادات الوزارة لذروة الأحمال الصيفية.

   وقال نائب عن محافظة بابل لـ"شط برس"، إن "الوزير عرض أرقاماً تتحدث عن إضافة 4 آلاف ميغاواط إلى الشبكة، لكن الواقع
   يقول إن انقطاع إمدادات الغاز الإيراني سيضعف أي خطة".

   وبحسب مصادر نيابية، تركزت المداخلات على ملف الغاز المستورد، ومشاريع الربط الكهربائي مع دول الجوار، والطاقة
   الشمسية.

   وانتهت الجلسة من دون التصويت على أي قرار، على أن تستكمل لجنة الكهرباء والطاقة النيابية متابعة الملف.

   وكان المجلس قد أنهى، في جلسته يوم الثلاثاء الماضي، القراءة الأولى لمشروع قانون الموارد المائية.
   """, "سياسة")

sh("sh-e7", 91498, "E7", "2025-03-12 20:15",
   "معلمون في السليمانية يتظاهرون للمطالبة برواتب شباط وتوطينها",
   """
   شط برس/ السليمانية

   تظاهر المئات من المعلمين والموظفين، اليوم الأربعاء، في مدينة السليمانية وقضاء رانية، للمطالبة بصرف رواتب شهر شباط
   المتأخرة وتوطين رواتبهم في المصارف الاتحادية.

   وقال أحد المتظاهرين لـ"شط برس"، إن "المعلم في الإقليم بات لا يعرف موعد راتبه، ونحن نطالب بأن تصرف رواتبنا كما
   تصرف لموظفي المحافظات الأخرى".

   ورفع المتظاهرون لافتات تطالب الحكومة الاتحادية وحكومة الإقليم بإيجاد حل جذري لأزمة الرواتب، فيما أعلن منظمو
   التظاهرة استمرار مقاطعة الدوام.

   وتتكرر في مدن السليمانية وحلبجة وكرميان احتجاجات المعلمين منذ أشهر بسبب تأخر صرف الرواتب.
   """, "محليات")

sh("sh-e8", 91715, "E8", "2025-03-15 14:30",
   "إصابات بمواجهات بين قوات الأمن ومتظاهرين من الخريجين في الناصرية",
   """
   شط برس/ ذي قار

   أفاد مصدر أمني في محافظة ذي قار، اليوم السبت (15 آذار 2025)، بإصابة سبعة أشخاص بينهم منتسبان في شرطة مكافحة
   الشغب، خلال مواجهات مع متظاهرين من الخريجين العاطلين عن العمل وسط مدينة الناصرية.

   وقال المصدر لـ"شط برس"، إن "المئات من الخريجين تجمعوا في ساحة الحبوبي قبل أن يتوجهوا إلى مبنى ديوان المحافظة
   ويغلقوا الطريق المؤدي إليه بالإطارات المحترقة"، مبيناً أن "قوات مكافحة الشغب استخدمت خراطيم المياه لتفريقهم".

   وطالب المتظاهرون بتوفير درجات وظيفية وشمولهم بالتعيين أسوة بأقرانهم في المحافظات الأخرى.

   وقال أحد الخريجين، وهو يحمل شهادة في الهندسة المدنية، إن "الحكومة وعدتنا أكثر من مرة، ولم يتحقق شيء منذ تخرجنا
   قبل خمس سنوات".

   وتشهد الناصرية بين فترة وأخرى تظاهرات مماثلة للخريجين وحملة الشهادات العليا.
   """, "محليات")

sh("sh-e9", 91560, "E9", "2025-03-13 18:00",
   "إعادة فتح منفذ فيشخابور مع شمال شرقي سوريا بعد إغلاق دام عشرة أيام",
   """
   شط برس/ دهوك

   أعيد، اليوم الخميس، فتح منفذ فيشخابور الحدودي الذي يربط إقليم كردستان بمناطق شمال شرقي سوريا الخاضعة لسيطرة
   الإدارة الذاتية، بعد إغلاق دام عشرة أيام.

   وقال مصدر في إدارة المنفذ لـ"شط برس"، إن "حركة المسافرين استؤنفت منذ ساعات الصباح، وشهد اليوم الأول عبور
   المئات، أغلبهم من المرضى والطلبة"، مشيراً إلى أن "حركة الشاحنات التجارية ستستأنف يوم الأحد المقبل".

   ولم تعلن الجهات المعنية بشكل رسمي أسباب الإغلاق، فيما تحدثت مصادر محلية عن "إجراءات فنية وإدارية" على جانبي
   المعبر.

   ويعد معبر فيشخابور - سيمالكا المنفذ الرئيسي لسكان مدن القامشلي والحسكة والمالكية نحو إقليم كردستان والعالم
   الخارجي.
   """, "محليات")

sh("sh-s3", 91610, "S3", "2025-03-14 09:30",
   "الأنواء الجوية: طقس صحو وارتفاع في درجات الحرارة الأسبوع المقبل",
   """
   شط برس/ بغداد

   توقعت هيئة الأنواء الجوية والرصد الزلزالي، اليوم الجمعة، أن يكون الطقس صحواً مع ارتفاع تدريجي في درجات الحرارة
   في عموم البلاد خلال الأيام المقبلة.

   وذكرت الهيئة في نشرتها، أن "درجات الحرارة العظمى ستتراوح بين 27 و29 درجة مئوية في بغداد، وتصل إلى 31 درجة في
   البصرة يوم الاثنين"، مشيرة إلى "احتمال تصاعد الغبار في المناطق الغربية والجنوبية بسبب نشاط الرياح الشمالية
   الغربية".

   وأضافت أن "المنطقة الشمالية ستشهد أجواء غائمة جزئياً مع فرصة لتساقط زخات خفيفة من المطر في بعض المناطق
   الجبلية".
   """, "محليات")

sh("sh-s6", 91288, "S6", "2025-03-10 12:00",
   "افتتاح جسر حديدي جديد على نهر الفرات في قضاء هيت",
   """
   شط برس/ الأنبار

   افتتحت الحكومة المحلية في محافظة الأنبار، اليوم الاثنين (10 آذار 2025)، جسراً حديدياً جديداً على نهر الفرات في
   قضاء هيت غربي المحافظة، بطول 240 متراً.

   وقال مسؤول في مديرية الطرق والجسور بالمحافظة لـ"شط برس"، إن "الجسر يربط مركز القضاء بالقرى الواقعة على الضفة
   الثانية للنهر، وسيختصر على السكان مسافة تزيد على 30 كيلومتراً كانوا يقطعونها يومياً".

   وأضاف أن "كلفة المشروع بلغت نحو 9 مليارات دينار، ونفذ بأيادٍ عراقية خلال 14 شهراً".

   وكان عدد من جسور المحافظة قد تعرضت لأضرار كبيرة خلال المعارك ضد تنظيم داعش بين عامي 2014 و2017، وأعيد تأهيل
   أغلبها خلال السنوات الماضية.
   """, "محليات", indic=True, note="Arabic-Indic digits, written as numeric character references in the cp1256 bytes")


# ---------------------------------------------------------------------------
# Meridian News Agency (English wire, Atom 1.0, Z dates, tag: ids, AP-style datelines)
# ---------------------------------------------------------------------------
MER = "https://meridiannews.net"
UTM = "?utm_source=atom&utm_medium=feed&utm_campaign=world"


def mer(key, slug, event, published, title, summary, body, author, cats, updated=None, utm=False, **kw):
    hx = hexid(key)
    canonical = f"{MER}/article/{slug}-{hx[:12]}"
    d = dict(key=key, feed="meridian-wire.xml", lang="en", event=event,
             guid=f"tag:meridiannews.net,{published[:10]}:story/{hx}", link=canonical + (UTM if utm else ""),
             canonical=canonical, date=utc(published), updated=utc(updated) if updated else utc(published),
             title=title, summary=summary, body=paras(body), author=author, cats=cats)
    d.update(kw)
    return add(d)


MER_E1 = mer(
    "mer-e1", "iraq-kurdish-region-zakho-flash-floods", "E1", "2025-03-11 10:30",
    "Flash floods sweep northern Iraqi town, killing a boy and leaving a man missing",
    "Flash floods after torrential overnight rain swept through Zakho in Iraq's Kurdish region, killing a "
    "9-year-old boy and damaging more than 200 houses.",
    """
    ZAKHO, Iraq (Meridian) — Flash floods triggered by torrential overnight rain swept through the town of Zakho in
    Iraq's semi-autonomous Kurdish region on Tuesday, killing a 9-year-old boy and leaving a shepherd missing, local
    officials said.

    Floodwater poured into homes and shops near the Khabur River, which runs along the border with Turkey, and carried
    away cars parked in low-lying streets, according to residents and videos shared on social media.

    The boy drowned after being swept away by a stream in the Darkar area, a local health official said, speaking on
    condition of anonymity because he was not authorized to brief the media. Rescue teams were searching for the
    shepherd near the town of Batifa.

    Officials in Duhok province, which includes Zakho, said more than 200 houses were damaged. Schools in the town were
    closed for the day.

    Northern Iraq has been hit by heavy rain in recent days after an unusually dry winter. Experts say years of drought
    have left the soil less able to absorb sudden downpours, increasing the risk of flash flooding.
    """,
    "Hana Lewis", ["Middle East", "Iraq", "Floods"], updated="2025-03-11 11:45")

mer("mer-e4", "iraq-yazidi-sinjar-returns-camps", "E4", "2025-03-12 13:15",
    "Yazidi families head home to Sinjar as Iraq pushes to close displacement camps",
    "More than 170 Yazidi families left camps in northern Iraq for the Sinjar region, more than a decade after "
    "they fled the Islamic State group.",
    """
    DUHOK, Iraq (Meridian) — Buses and trucks loaded with mattresses, gas cylinders and livestock left displacement
    camps in northern Iraq on Wednesday, carrying more than 170 Yazidi families back to the Sinjar region more than a
    decade after they fled an onslaught by the Islamic State group.

    Iraq's Ministry of Migration and Displacement said the returns were voluntary and that each family would receive a
    cash grant. The government has set several deadlines to close the camps in the Kurdish region, where tens of
    thousands of Yazidis still live, but has repeatedly pushed them back.

    Many families remain reluctant to go home. Sinjar's towns are still scarred by the 2014-2017 war, basic services are
    limited and the district is contested between rival armed groups and between the federal government and Kurdish
    authorities.

    "We were told there is water and a school now. We will see," said a woman boarding a bus at the Sharya camp with
    her four children, who gave only her first name, Nadia.

    In 2014, IS militants killed thousands of Yazidi men and enslaved women and girls, in what a U.N. investigative team
    has described as genocide.
    """,
    "Hana Lewis", ["Middle East", "Iraq", "Refugees"], utm=True)

mer("mer-e6", "iraq-parliament-electricity-minister-summer", "E6", "2025-03-15 15:40",
    "Iraqi lawmakers question electricity minister as fears grow of summer blackouts",
    "Iraq's parliament questioned the electricity minister over summer preparations and the country's reliance on "
    "Iranian gas.",
    """
    BAGHDAD (Meridian) — Iraq's parliament questioned the country's electricity minister on Saturday over preparations
    for the summer, when demand for power soars as temperatures routinely exceed 50 degrees Celsius (122 Fahrenheit).

    Lawmakers pressed the minister on the country's reliance on natural gas imported from neighboring Iran, which fuels
    a large share of Iraq's power plants but has often been cut or reduced, leading to widespread outages.

    The minister told the session that the ministry planned to add several thousand megawatts to the grid before the
    summer peak and pointed to electricity interconnection projects with Gulf states, Jordan and Turkey, according to two
    lawmakers who attended. The session ended without a vote.

    Power cuts during Iraq's scorching summers have triggered protests in recent years, particularly in the south.
    Despite the country's vast oil wealth, years of conflict, corruption and mismanagement have left its grid unable to
    meet demand.
    """,
    "Omar Haddad", ["Middle East", "Iraq", "Energy"])

MER_E8 = mer(
    "mer-e8", "iraq-nasiriyah-graduates-protest-police", "E8", "2025-03-15 12:05",
    "Jobless graduates clash with police in southern Iraqi city",
    "Police used water cannons against unemployed graduates who tried to reach a provincial government building in "
    "Nasiriyah.",
    """
    NASIRIYAH, Iraq (Meridian) — Police fired water cannons to disperse hundreds of unemployed university graduates who
    tried to storm a provincial government building in the southern Iraqi city of Nasiriyah on Saturday, leaving several
    people injured, officials said.

    The protesters, many holding engineering and science degrees, burned tires and blocked a main road leading to the
    Dhi Qar provincial headquarters, demanding public sector jobs promised by the government.

    A security official said four protesters and two riot police officers were hurt, mostly by thrown stones and tear
    gas inhalation. He spoke on condition of anonymity because he was not authorized to speak to reporters.

    Nasiriyah was one of the centers of the 2019 anti-government protest movement, and demonstrations by jobless
    graduates have become frequent there. The public sector remains Iraq's biggest employer, and hundreds of thousands of
    young people enter the job market every year.
    """,
    "Omar Haddad", ["Middle East", "Iraq", "Protests"])

mer("mer-e9", "iraq-syria-kurdish-crossing-reopens-semalka", "E9", "2025-03-13 09:40",
    "Crossing between Iraq's Kurdish region and northeast Syria reopens after 10-day closure",
    "The Faysh Khabur-Semalka crossing, the main gateway for residents of Syria's Hasakah province, reopened to "
    "travelers.",
    """
    DUHOK, Iraq (Meridian) — The main crossing between Iraq's semi-autonomous Kurdish region and Kurdish-run northeast
    Syria reopened to travelers on Thursday after a closure of 10 days, officials on both sides said.

    The Faysh Khabur-Semalka crossing over the Tigris River is the main gateway for residents of Syria's Hasakah
    province traveling to Iraq's Kurdish region and beyond, as well as for aid groups and journalists.

    Authorities did not give a detailed reason for the closure, which left hundreds of people stranded, including
    patients seeking treatment in hospitals in Irbil and Duhok. An official on the Iraqi Kurdish side cited "technical
    and administrative" issues.

    Commercial traffic is expected to resume on Sunday.

    The crossing has been closed several times in past years amid political tensions between the Kurdistan Democratic
    Party, which dominates the Duhok area, and the Kurdish-led administration in northeast Syria.
    """,
    "Hana Lewis", ["Middle East", "Iraq", "Syria"], utm=True)

mer("mer-s4", "egypt-ramadan-prices-cairo-markets", "S4", "2025-03-12 08:00",
    "Cairo shoppers cut back on Ramadan staples as prices bite",
    "Egyptian families say they are buying fewer dates, nuts and lanterns this Ramadan as incomes lag prices.",
    """
    CAIRO (Meridian) — At a crowded market in Cairo's Sayeda Zeinab district, shoppers haggled over dates, dried
    apricots and nuts this week, but many said they were buying less than in previous years as the holy month of
    Ramadan coincides with stubbornly high prices.

    "Last year I bought two kilos of dates. This year one kilo, and the cheaper kind," said Samia Fathy, a 47-year-old
    mother of three.

    Egypt has been struggling with high inflation since a currency crisis pushed the prices of imported goods sharply
    higher. Inflation has eased from the record levels reached in 2023, but families say their incomes have not kept up.

    Traders said sales of traditional Ramadan items such as qamar el-din, an apricot paste drink, and decorative
    lanterns were down compared with last year. Some charities have expanded their free iftar tables in poorer
    neighborhoods.
    """,
    "Laila Mansour", ["Middle East", "Egypt", "Business"])


# ---------------------------------------------------------------------------
# Mesopotamia Monitor (English, RSS 1.0 / RDF, dc:date +03:00); republishes some wire copy verbatim
# ---------------------------------------------------------------------------
MM = "https://mesomonitor.net"


def smart_title(t):
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "via"}
    out = []
    for i, w in enumerate(t.split()):
        out.append(w.lower() if i and w.lower() in small else w[:1].upper() + w[1:])
    return " ".join(out)


def mm(key, event, when, slug, title, body, creator, subject, duplicate_of=None, **kw):
    link = f"{MM}/{local(when):%Y/%m/%d}/{slug}/"
    d = dict(key=key, feed="mesomonitor-rdf.xml", lang="en", event=event, guid=link, link=link,
             date=local(when), title=title, body=body, creator=creator, subject=subject, duplicate_of=duplicate_of)
    d.update(kw)
    return add(d)


def mm_republish(key, src, when, slug, subject):
    return mm(key, src["event"], when, slug, smart_title(src["title"]), src["body"], "Meridian News Agency", subject,
              duplicate_of=src,
              note="verbatim republication of the Meridian wire story under a Title Case headline and a "
                   "mesomonitor.net link")


mm_republish("mm-e1", MER_E1, "2025-03-11 15:20", "flash-floods-sweep-northern-iraqi-town-killing-a-boy", "Kurdistan")
mm_republish("mm-e8", MER_E8, "2025-03-15 16:40", "jobless-graduates-clash-with-police-in-nasiriyah", "Protests")

mm("mm-e5", "E5", "2025-03-11 20:30", "parliament-gives-water-bill-first-reading-as-drought-deepens",
   "Parliament Gives Water Bill First Reading as Drought Deepens",
   paras("""
   Iraq's Council of Representatives on Tuesday gave a first reading to a long-awaited draft law regulating the
   country's water resources, as farmers across the south warn of another season of reduced planting.

   The bill would set rules for allocating water between provinces and sectors, penalise illegal wells and fish ponds,
   and set out how dams and reservoirs are managed, according to members of the parliamentary agriculture, water and
   marshlands committee.

   Lawmakers from Basra used the debate to warn about rising salinity in the Shatt al-Arab, while Kurdish MPs signalled
   objections to a clause concerning dams in the Kurdistan Region.

   The session, attended by 178 members, also completed the second reading of a bill amending the consumer protection
   law. No date was set for the water bill's second reading.

   Iraq's Ministry of Water Resources has warned that strategic reserves are at their lowest level in decades after
   several dry winters and reduced flows from upstream countries.
   """), "Mesopotamia Monitor staff", "Politics")

mm("mm-s7", "S7", "2025-03-14 22:10", "ramadan-nights-bring-crowds-back-to-mosul-old-city-markets",
   "Ramadan Nights Bring Crowds Back to Mosul's Old City Markets",
   paras("""
   Shops in Mosul's old city stayed open until well after midnight this week as families came out after iftar to buy
   sweets, clothes and spices in markets that were largely destroyed in the 2017 battle to retake the city from the
   Islamic State group.

   Traders in the Bab al-Saray market said this Ramadan had been their busiest since reconstruction began, helped by
   new street lighting and the reopening of several restored heritage buildings nearby.

   "Five years ago we were selling from carts among the rubble. Tonight I can't serve customers fast enough," said
   Younis Abdulghani, who sells dried fruit and kleicha pastries.

   Local authorities have extended the opening hours of the riverside corniche and organised evening cultural events
   during the holy month. Some residents, however, complained of traffic congestion and said parking remained a
   problem in the narrow streets.
   """), "Mesopotamia Monitor staff", "Culture")


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
WP_ENTITIES = {"‘": "&#8216;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;",
               "…": "&#8230;"}
HW_FOOTER = ('<p><em>هەواڵنامە | هەواڵی ڕاست و خێرا — هەواڵنامە لە <a href="https://www.facebook.com/hawalnama">'
             'فەیسبووک</a> و <a href="https://t.me/hawalnama">تێلێگرام</a> فۆڵۆ بکەن.</em></p>')


def wp_title(t):
    s = escape(t)
    for ch, ent in WP_ENTITIES.items():
        s = s.replace(ch, ent)
    return s


def texturize(h):
    """Curly quotes in text nodes (roughly like WordPress wptexturize); tags are left alone."""
    out = []
    for part in re.split(r"(<[^>]+>)", h):
        if not part.startswith("<"):
            part = re.sub(r"(\w)'(\w)", "\\1’\\2", part)
            part = re.sub(r"(^|[\s(\[])'", "\\1‘", part)
            part = part.replace("'", "’")
            part = re.sub(r'(^|[\s(\[])"', "\\1“", part)
            part = part.replace('"', "”")
        out.append(part)
    return "".join(out)


def strip_tags(h):
    return html.unescape(re.sub(r"<[^>]+>", " ", h))


def teaser(body, n=30):
    words = " ".join(strip_tags(p) for p in body[:2]).split()
    return " ".join(words) if len(words) <= n else " ".join(words[:n]) + " [&#8230;]"


def rfc822(d):
    return format_datetime(d)


def newest_first(items):
    return sorted(items, key=lambda it: it["date"] or datetime.min.replace(tzinfo=UTC), reverse=True)


def feed_items(name):
    return [it for it in ITEMS if it["feed"] == name]


def write(name, text, encoding="utf-8", errors="strict"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding, errors))


def wp_item(it, body_html, desc):
    cats = "\n".join(f"\t\t<category><![CDATA[{c}]]></category>" for c in it["cats"])
    assert "]]>" not in body_html
    return f"""	<item>
		<title>{wp_title(it["title"])}</title>
		<link>{escape(it["link"])}</link>
		<comments>{escape(it["link"])}#respond</comments>
		<dc:creator><![CDATA[{it["creator"]}]]></dc:creator>
		<pubDate>{rfc822(it["date"])}</pubDate>
{cats}
		<guid isPermaLink="false">{escape(it["guid"])}</guid>
		<description><![CDATA[{desc}]]></description>
		<content:encoded><![CDATA[{body_html}]]></content:encoded>
		<wfw:commentRss>{escape(it["link"])}feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>
"""


def wp_feed(base, title, desc, lang, build, items_xml, icon):
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
	<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>{escape(desc)}</description>
	<lastBuildDate>{rfc822(build)}</lastBuildDate>
	<language>{lang}</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.7.2</generator>

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


def render_gel():
    out = []
    for it in newest_first(feed_items("gelawej-en.xml")):
        body = [texturize(p) for p in it["body"]]
        img = (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
               f'src="{it["img"]}" alt="{escape(it["alt"], {chr(34): "&quot;"})}" class="wp-image-{it["pid"] - 3}" />'
               f'<figcaption class="wp-element-caption">{escape(it["alt"])}</figcaption></figure>')
        footer = (f'<p>The post <a href="{escape(it["link"])}">{wp_title(it["title"])}</a> appeared first on '
                  f'<a href="{GEL}">Gelawej News</a>.</p>')
        html_ = "\n".join([img] + [f"<p>{p}</p>" for p in body] + [footer])
        desc = teaser(body) + f' The post <a href="{escape(it["link"])}">{wp_title(it["title"])}</a> appeared first on ' \
                              f'<a href="{GEL}">Gelawej News</a>.'
        out.append(wp_item(it, html_, desc))
    write("gelawej-en.xml", wp_feed(GEL, "Gelawej News", "News from Kurdistan, Iraq and the region", "en-US",
                                    local("2025-03-16 13:04"), "".join(out),
                                    GEL + "/wp-content/uploads/2024/02/cropped-gelawej-icon-32x32.png"))


def render_hw():
    out = []
    for it in newest_first(feed_items("hawalnama-ckb.xml")):
        parts = []
        if it["img"]:
            parts.append(f'<p><img decoding="async" width="900" height="600" src="{it["img"]}" '
                         f'class="attachment-large size-large wp-post-image" alt="" /></p>')
        parts += [f"<p>{p}</p>" for p in it["body"]]
        parts.append(HW_FOOTER)
        body_wo_place = [p for p in it["body"] if not p.startswith("<strong>هەواڵنامە")]
        desc = teaser(body_wo_place) if it["body"] else ""
        out.append(wp_item(it, "\n".join(parts), desc))
    write("hawalnama-ckb.xml", wp_feed(HW, "هەواڵنامە", "هەواڵی کوردستان و عێراق و جیهان", "ckb",
                                       local("2025-03-16 13:25"), "".join(out),
                                       HW + "/wp-content/uploads/2023/11/cropped-hawalnama-32x32.png"))


def render_dz():
    out = []
    # the CMS lists by article id, newest first; the undated item sits at its id's place
    for it in sorted(feed_items("dengezagros-kmr.xml"), key=lambda x: x["nid"], reverse=True):
        pub = (f"\n      <pubDate>{format_datetime(it['date'].astimezone(UTC), usegmt=True)}</pubDate>"
               if it["date"] else "")
        body = "".join(f"<p>{p}</p>" for p in it["body"])
        img = "" if it.get("short") else (f'\n      <media:content url="{DZ}/wene/2025/03/{it["nid"]}.jpg" '
                                          f'medium="image" type="image/jpeg" />')
        out.append(f"""    <item>
      <title>{escape(it["title"])}</title>
      <link>{escape(it["link"])}</link>
      <guid isPermaLink="true">{escape(it["guid"])}</guid>{pub}
      <category>{escape(it["cat"])}</category>
      <dc:creator>{escape(it["creator"])}</dc:creator>{img}
      <description><![CDATA[{body}]]></description>
    </item>
""")
    write("dengezagros-kmr.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Dengê Zagrosê</title>
    <link>{DZ}</link>
    <description>Nûçeyên Kurdistanê, Iraqê û cîhanê bi Kurmancî</description>
    <language>ku</language>
    <copyright>© 2025 Dengê Zagrosê</copyright>
    <atom:link href="{DZ}/rss" rel="self" type="application/rss+xml" />
    <lastBuildDate>{format_datetime(local("2025-03-16 12:45").astimezone(UTC), usegmt=True)}</lastBuildDate>
    <ttl>10</ttl>
{"".join(out)}  </channel>
</rss>
""")


def cp1256_with_refs(text):
    """Strict cp1256, except Arabic-Indic digits, which become numeric character references."""
    bad = {ch for ch in text if not _encodable(ch)}
    assert bad <= set("٠١٢٣٤٥٦٧٨٩"), f"characters not in cp1256: {sorted(bad)}"
    return text.encode("cp1256", "xmlcharrefreplace")


def _encodable(ch):
    try:
        ch.encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


def render_sh():
    out = []
    for it in sorted(feed_items("shattpress-ar.xml"), key=lambda x: x["nid"], reverse=True):
        desc = ""
        if it["body"]:
            desc = f"\n<description>{escape(''.join(f'<p>{p}</p>' for p in it['body']))}</description>"
            img = f'\n<enclosure url="{SH}/uploads/2025/03/{it["nid"]}.jpg" length="0" type="image/jpeg" />'
        else:
            img = ""
        out.append(f"""<item>
<title>{escape(it["title"])}</title>
<link>{escape(it["link"])}</link>
<guid isPermaLink="false">{escape(it["guid"])}</guid>
<pubDate>{rfc822(it["date"])}</pubDate>
<category>{escape(it["cat"])}</category>{img}{desc}
</item>
""")
    text = f"""<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0">
<channel>
<title>شط برس</title>
<link>{SH}</link>
<description>شط برس - وكالة أنباء عراقية مستقلة</description>
<language>ar</language>
<lastBuildDate>{rfc822(local("2025-03-16 14:12"))}</lastBuildDate>
<ttl>20</ttl>
{"".join(out)}</channel>
</rss>
"""
    with open(os.path.join(OUT, "shattpress-ar.xml"), "wb") as f:
        f.write(cp1256_with_refs(text))


def render_mer():
    entries = []
    for it in sorted(feed_items("meridian-wire.xml"), key=lambda x: x["updated"], reverse=True):
        content = "\n".join(f"<p>{escape(p)}</p>" for p in it["body"])
        cats = "".join(f"\n    <category term={quoteattr(c)}/>" for c in it["cats"])
        entries.append(f"""  <entry>
    <id>{escape(it["guid"])}</id>
    <title type="text">{escape(it["title"])}</title>
    <link rel="alternate" type="text/html" href={quoteattr(it["link"])}/>
    <published>{it["date"]:%Y-%m-%dT%H:%M:%SZ}</published>
    <updated>{it["updated"]:%Y-%m-%dT%H:%M:%SZ}</updated>
    <author>
      <name>{escape(it["author"])}</name>
    </author>{cats}
    <summary type="html">{escape("<p>" + escape(it["summary"]) + "</p>")}</summary>
    <content type="html">{escape(content)}</content>
  </entry>
""")
    write("meridian-wire.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
  <id>tag:meridiannews.net,2025:feed/world</id>
  <title>Meridian News Agency: World</title>
  <subtitle>World news from Meridian News Agency</subtitle>
  <link rel="self" type="application/atom+xml" href="{MER}/feeds/world.atom"/>
  <link rel="alternate" type="text/html" href="{MER}/world"/>
  <updated>2025-03-15T15:40:00Z</updated>
  <rights>Copyright 2025 Meridian News Agency. All rights reserved.</rights>
  <generator>Meridian Feeds 3.2</generator>
{"".join(entries)}</feed>
""")


def render_mm():
    items = newest_first(feed_items("mesomonitor-rdf.xml"))
    lis = "\n".join(f"      <rdf:li rdf:resource={quoteattr(it['link'])}/>" for it in items)
    out = []
    for it in items:
        desc = "\n".join(f"<p>{escape(p)}</p>" for p in it["body"])
        out.append(f"""<item rdf:about={quoteattr(it["link"])}>
  <title>{escape(it["title"])}</title>
  <link>{escape(it["link"])}</link>
  <description>{escape(desc)}</description>
  <dc:date>{it["date"].isoformat()}</dc:date>
  <dc:creator>{escape(it["creator"])}</dc:creator>
  <dc:subject>{escape(it["subject"])}</dc:subject>
</item>
""")
    write("mesomonitor-rdf.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:syn="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="{MM}/feed.rdf">
  <title>Mesopotamia Monitor</title>
  <link>{MM}/</link>
  <description>Iraq and Kurdistan news and wire copy</description>
  <dc:language>en</dc:language>
  <dc:date>2025-03-15T16:45:00+03:00</dc:date>
  <syn:updatePeriod>hourly</syn:updatePeriod>
  <syn:updateFrequency>2</syn:updateFrequency>
  <items>
    <rdf:Seq>
{lis}
    </rdf:Seq>
  </items>
</channel>
{"".join(out)}</rdf:RDF>
""")


FEEDS = [  # file, outlet name for feeds.conf (ASCII), lang
    ("gelawej-en.xml", "Gelawej News", "en"),
    ("dengezagros-kmr.xml", "Denge Zagros", "kmr"),
    ("hawalnama-ckb.xml", "Hawalnama", "ckb"),
    ("shattpress-ar.xml", "Shatt Press", "ar"),
    ("meridian-wire.xml", "Meridian News Agency", "en"),
    ("mesomonitor-rdf.xml", "Mesopotamia Monitor", "en"),
]


def build():
    for it in ITEMS:
        if it["date"] is not None:
            assert WEEK[0] <= it["date"] < WEEK[1], (it["key"], it["date"])
        n = words_of(it["body"])
        if not it.get("short"):
            assert 60 <= n <= 300, (it["key"], n)
    assert len({it["key"] for it in ITEMS}) == len(ITEMS)

    render_gel()
    render_dz()
    render_hw()
    render_sh()
    render_mer()
    render_mm()

    labels = []
    order = [f for f, _, _ in FEEDS]
    for it in sorted(ITEMS, key=lambda x: (order.index(x["feed"]),
                                           -(x["date"].timestamp() if x["date"] else 0))):
        e = dict(feed=it["feed"], guid=it["guid"], link=it["link"], title=it["title"], lang=it["lang"],
                 event=it["event"], duplicate_of=None,
                 published=it["date"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if it["date"] else None)
        if it.get("duplicate_of"):
            e["duplicate_of"] = it["duplicate_of"]["guid"]
            e["duplicate_of_feed"] = it["duplicate_of"]["feed"]
        if it.get("note"):
            e["note"] = it["note"]
        labels.append(e)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": EVENTS, "items": labels}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    with open(os.path.join(OUT, "feeds.conf"), "w", encoding="utf-8") as f:
        f.write("# north-week: one week (2025-03-10 .. 2025-03-16) of Iraq / Kurdistan / north-east Syria news,\n"
                "# six feeds. {BASE} = base URL under which this directory is served by the test harness.\n"
                "# Format: URL name=\"Outlet name\" lang=<en|ar|ckb|kmr>\n")
        for name, outlet, lang in FEEDS:
            f.write(f'{{BASE}}/{name} name="{outlet}" lang={lang}\n')
    print(f"wrote 6 feeds, {len(labels)} label entries, {len(EVENTS)} events")


if __name__ == "__main__":
    build()
