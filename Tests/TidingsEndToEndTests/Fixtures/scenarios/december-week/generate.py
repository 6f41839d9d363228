#!/usr/bin/env python3
"""Generate the iraq-dec-week test feeds and labels.json (week 2025-12-08 .. 2025-12-14).

Everything produced here is synthetic: the article texts were written for this test,
and the quotations, mid-level officials, bylines, post ids and hashes are invented.
Real places, institutions and senior office-holders appear only to make the copy
realistic; none of them is given a direct quote, and what the copy reports them as
saying (in indirect speech) is invented.

Re-running this script rewrites every generated file in its directory:
basnews-en.xml, basnews-en.update.xml, apnews-mideast.xml, shafaq-ar.xml,
rudaw-ckb.xml, k24-kmr.xml and labels.json.
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


def local(s):
    """'2025-12-10 15:20' in Baghdad time (+0300)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BAGHDAD)


def utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def paras(text):
    """Split a triple-quoted body into paragraphs (blank-line separated)."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def hexid(key, n=32):
    return hashlib.md5(("iraq-dec-week:" + key).encode()).hexdigest()[:n]


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


EVENTS = {
    "E1": "Federal Supreme Court ratifies the final results of the 11 Nov 2025 parliamentary election (Wed 10 Dec); "
          "follow-up: the presidency says the decree convening the new parliament will be issued within the 15-day "
          "deadline (11 Dec).",
    "E2": "KDP delegation arrives in Baghdad for government-formation talks with Coordination Framework leaders, "
          "al-Sudani and Sunni blocs (Tue 9 Dec).",
    "E3": "PUK delegation meets Coordination Framework leaders in Baghdad on the new government, senior posts, Kirkuk "
          "and salaries (Sat 13 Dec). Hard negative for E2; its copy recalls the KDP visit and E1's ratification.",
    "E4": "Drone shot down near Erbil International Airport late Tue 9 Dec, no casualties, two flights diverted; "
          "follow-up: airport normal, KRG urges Baghdad to find perpetrators, JOC committee (10 Dec).",
    "E5": "Explosive drone hits a storage tank at the Peshkhabour oil field, Sumel district, Duhok province, Sat 13 Dec "
          "evening: fire, no casualties, production halted. Hard negative for E4; its copy recalls the Erbil airport drone.",
    "E6": "Fog pile-up on the Kirkuk-Baghdad highway near Tuz Khurmatu, Mon 8 Dec morning: 4 killed, 11 injured, about "
          "14 vehicles including a fuel tanker.",
    "E7": "Fog pile-up of about 20 vehicles on the Erbil-Mosul road near the Khazir checkpoint, Thu 11 Dec morning: first "
          "reported 2 killed and 9 injured, later 3 killed and 8 injured. Hard negative for E6; its copy recalls E6.",
    "E8": "Baghdad and Erbil agree to unify customs tariffs and procedures at the Kurdistan Region's border crossings and "
          "stop double taxation at internal checkpoints (Mon 8 Dec); follow-up: joint teams start at Parwez Khan (14 Dec).",
    "E9": "Iranian gas supplies drop, the national grid loses about 4,000 MW, long power cuts in Baghdad and the centre/"
          "south (Wed 10 Dec); follow-up: about 1,800 MW restored after a partial resumption (Fri 12 Dec).",
    "E10": "Counter-Terrorism Service raid with air support in Wadi Horan, western Anbar: 3 IS militants including a local "
           "commander killed, 2 detained (Thu 11 Dec). Includes BasNews' verbatim republication of the AP story.",
    "S1": "Singleton: Iraq Stars League, Erbil SC 1-1 Zakho at Franso Hariri Stadium (Fri 12 Dec), BasNews English only.",
    "S2": "Singleton: Sulaimani theatre festival opens with 14 troupes (Fri 12 Dec), Rudaw Sorani only.",
    "S3": "Singleton: Iraqi Ministry of Education sets mid-year exams for 11 January (Tue 9 Dec), Shafaq Arabic only.",
    "S4": "Singleton: Basra water directorate starts maintenance of main pipelines in Abu al-Khasib (undated item), "
          "Shafaq Arabic only.",
    "S5": "Singleton: Syrians mark one year since Assad's fall (Mon 8 Dec), AP only; mentions Iraq in passing.",
    "S6": "Singleton: Iraq Museum exhibition of repatriated antiquities (Fri 12 Dec), AP only.",
    "S7": "Singleton: snow closes mountain village roads in Amedi district, Duhok (Fri 12 Dec), Kurdistan24 Kurmanji only.",
    "S8": "Singleton: Sulaimani Asayish arrest five suspected drug traffickers (Thu 11 Dec), Rudaw Sorani only. An arrest "
          "story in the same week as E10, but a different happening.",
    "S9": "Singleton: Ankawa (Erbil) Christmas market opens (Fri 12 Dec), BasNews English only.",
    "S10": "Singleton: US dollar rate rises on Baghdad's al-Kifah and al-Harithiya exchanges (Sun 14 Dec), Shafaq Arabic "
           "only. Economy, but not E8's customs deal.",
}

# ---------------------------------------------------------------------------
# BasNews English (WordPress RSS 2.0)
# ---------------------------------------------------------------------------
BN = "https://www.basnews.com/en"
BN_UP = BN + "/wp-content/uploads/2025/12/"
EN = {}


def add(store, d):
    assert d["key"] not in store
    store[d["key"]] = d
    return d


def bn(key, pid, slug, event, when, title, body, img, alt, cats, creator="BasNews", **kw):
    d = dict(key=key, feed="basnews-en.xml", lang="en", event=event, pid=pid,
             guid=f"{BN}/?p={pid}", link=f"{BN}/{slug}/", date=local(when),
             title=title, body=paras(body) if isinstance(body, str) else body,
             img=BN_UP + img, alt=alt, cats=cats, creator=creator)
    d.update(kw)
    return d


add(EN, bn(
    "en-e6", 912214, "four-killed-11-injured-in-fog-pile-up-near-tuz-khurmatu", "E6", "2025-12-08 10:15",
    "Four killed, 11 injured in fog pile-up near Tuz Khurmatu",
    """
    <strong>KIRKUK —</strong> Four people were killed and 11 others injured early Monday when dense fog caused a
    chain collision involving at least 14 vehicles on the Kirkuk-Baghdad highway near Tuz Khurmatu, a local health
    official told BasNews.

    Visibility on the road dropped to a few metres shortly after dawn, and a fuel tanker that braked suddenly was
    struck by a passenger minibus and several cars, according to the official at Tuz Khurmatu hospital.

    "Most of the injured have broken bones and head wounds, and two of them are in a critical condition," said the
    official, who asked not to be named because he was not authorised to speak to the media.

    Civil defence teams worked for more than two hours to clear the wreckage, and traffic police closed the section
    of the highway between Tuz and Sulaiman Beg until mid-morning.

    Iraq's General Traffic Directorate has urged drivers to avoid travelling at night and in the early morning during
    the fog season, which usually peaks in December and January.
    """,
    "tuz-khurmatu-highway-fog.jpg", "Wrecked vehicles on the Kirkuk-Baghdad highway near Tuz Khurmatu",
    ["Iraq", "Accidents"], creator="Hawre Aziz"))

add(EN, bn(
    "en-e8", 912260, "baghdad-erbil-agree-to-unify-customs-at-kurdistan-region-border-crossings", "E8",
    "2025-12-08 17:30",
    "Baghdad, Erbil agree to unify customs at Kurdistan Region border crossings",
    """
    <strong>ERBIL —</strong> The federal government and the Kurdistan Regional Government (KRG) have agreed to apply a
    single customs tariff and unified procedures at the Kurdistan Region's border crossings, officials from both sides
    said on Monday.

    Under the agreement, reached at a meeting in Baghdad between the federal General Commission of Customs and the KRG
    Ministry of Finance and Economy, joint teams will be deployed to the Ibrahim Khalil, Parwez Khan, Bashmakh and Haji
    Omaran crossings, and goods cleared there will no longer be taxed again at internal checkpoints.

    Traders have long complained of paying duties twice, first on entering the Kurdistan Region and again at
    checkpoints on the roads to Mosul, Kirkuk and Baghdad.

    "If it is applied properly, this ends years of double taxation," said Dara Jalal, a member of the Erbil Chamber of
    Commerce.

    A KRG official said the new system would be introduced gradually, starting with a trial at one crossing, and that
    customs revenue would be handled under the terms of the federal budget law.
    """,
    "ibrahim-khalil-crossing-trucks.jpg", "Trucks queue at the Ibrahim Khalil border crossing",
    ["Kurdistan", "Economy"]))

add(EN, bn(
    "en-e2", 912301, "kdp-delegation-in-baghdad-for-talks-on-forming-next-iraqi-government", "E2", "2025-12-09 14:00",
    "KDP delegation in Baghdad for talks on forming next Iraqi government",
    """
    <strong>ERBIL —</strong> A Kurdistan Democratic Party (KDP) delegation arrived in Baghdad on Tuesday for talks with
    leaders of the Shiite Coordination Framework on forming the next federal government, following last month's
    parliamentary election.

    The delegation, led by a member of the party's politburo, is expected to meet several Framework leaders as well as
    Prime Minister Mohammed Shia al-Sudani and the heads of Sunni blocs over two days.

    Karwan Ahmed, a KDP official travelling with the delegation, told BasNews that the party would not join any
    government "without clear guarantees" on the Kurdistan Region's budget share, salaries and the implementation of
    the constitution.

    "We went into the last government with an agreement that was only partly implemented. This time we want a
    timetable written down," he said.

    The KDP came first in the Kurdistan Region in the November 11 vote. The Coordination Framework, the largest bloc
    in the incoming parliament, has not yet agreed on its candidate for prime minister.
    """,
    "kdp-delegation-baghdad-airport.jpg", "A KDP delegation arrives at Baghdad International Airport",
    ["Iraq", "Politics"]))

add(EN, bn(
    "en-e4a", 912355, "drone-shot-down-near-erbil-international-airport", "E4", "2025-12-10 00:50",
    "Drone shot down near Erbil International Airport, no casualties reported",
    """
    <strong>ERBIL —</strong> A drone was shot down near Erbil International Airport late on Tuesday, the Kurdistan
    Region's Counter-Terrorism Department (CTD) said, adding that there were no casualties or damage.

    In a brief statement, the CTD said the drone was intercepted at about 11:30 pm as it approached the airport
    perimeter, where a base used by the US-led coalition is located. It did not say who had launched it.

    Residents of the nearby Ankawa and Kasnazan areas reported hearing a loud explosion followed by the sound of air
    defence systems.

    "We heard a whistle, then a blast that shook the windows. Everyone ran outside," said Rebwar Othman, who lives
    about two kilometres from the airport.

    The Kurdistan Region has been targeted by dozens of drone and rocket attacks in recent years, many of which Kurdish
    officials have blamed on armed groups outside state control.
    """,
    "erbil-airport-night.jpg", "Erbil International Airport at night",
    ["Kurdistan", "Security"]))

add(EN, bn(
    "en-e4b", 912371, "erbil-airport-operating-normally-after-drone-interception", "E4", "2025-12-10 11:00",
    "Erbil airport operating normally after overnight drone interception, KRG urges Baghdad to act",
    f"""
    <strong>ERBIL —</strong> Flights at Erbil International Airport were operating normally on Wednesday morning,
    airport officials said, hours after <a href="{BN}/drone-shot-down-near-erbil-international-airport/">a drone was
    shot down</a> near the facility.

    Two incoming flights were diverted to Sulaimani overnight as a precaution and returned to Erbil early on Wednesday,
    according to an airport employee who asked not to be named.

    The Kurdistan Regional Government (KRG) condemned the attempted attack and called on the federal government to
    identify those responsible and hold them to account, saying in a statement that such attacks threaten the
    stability of the whole country.

    Security experts say explosive drones are cheap and hard to trace. "The launch sites are usually a few dozen
    kilometres away, and the teams move quickly," said Hemin Qadir, a security researcher in Erbil.

    The federal Joint Operations Command said it had formed a committee to investigate the incident.
    """,
    "erbil-airport-terminal.jpg", "Passengers at the Erbil International Airport terminal",
    ["Kurdistan", "Security"]))

add(EN, bn(
    "en-e9", 912380, "power-cuts-hit-baghdad-and-south-as-iranian-gas-supplies-drop", "E9", "2025-12-10 12:30",
    # stored HTML-escaped by WordPress, so the XML carries &amp;amp;
    "Power cuts hit Baghdad &amp; the south as Iranian gas supplies drop",
    """
    <strong>BAGHDAD —</strong> Iraq's national grid lost around 4,000 megawatts of generating capacity on Wednesday
    after supplies of Iranian natural gas to several power stations fell sharply, the federal Ministry of Electricity
    said.

    The ministry said in a statement that gas flows to stations in Baghdad, Diyala and the south had dropped to less
    than a third of the contracted volume, without giving a reason, and that it was trying to make up the shortfall
    with liquid fuel.

    Residents in parts of Baghdad said state power was available for only four to six hours a day, leaving households
    dependent on private neighbourhood generators, whose owners have raised their fees as temperatures fall.

    The Kurdistan Region, which has its own grid and relies mainly on locally produced gas, was not affected, an
    official at the KRG Ministry of Electricity told BasNews.

    Iraq imports Iranian gas and electricity to cover a large share of its needs, and supplies are frequently cut in
    winter, when Iran's own demand for heating peaks.
    """,
    "baghdad-generator-cables.jpg", "Private generator cables over a street in Baghdad",
    ["Iraq", "Energy"], note="title carries a double-escaped '&amp;amp;' in the XML"))

add(EN, bn(
    "en-e1a", 912396, "iraqs-top-court-ratifies-final-results-of-november-parliamentary-election", "E1",
    "2025-12-10 15:20",
    "Iraq's top court ratifies final results of November parliamentary election",
    """
    <strong>BAGHDAD —</strong> Iraq's Federal Supreme Court on Wednesday ratified the final results of the November 11
    parliamentary election, clearing the way for the new Council of Representatives to hold its first session.

    The court said in a statement that it had reviewed the appeals submitted against the results announced by the
    Independent High Electoral Commission (IHEC) and approved the names of the winners of the 329 seats.

    Under the constitution, the president of the republic must call the new parliament to convene within 15 days of
    the ratification. The first session is chaired by the oldest member and is expected to elect a speaker and two
    deputies.

    The ratification starts a series of constitutional deadlines for electing a new president and naming a prime
    minister, as Shiite, Sunni and Kurdish parties continue negotiations over the next government.

    Kurdish parties have said they will attend the first session, but the KDP and the Patriotic Union of Kurdistan
    (PUK) are still holding separate talks in Baghdad.
    """,
    "federal-supreme-court-baghdad.jpg", "The Federal Supreme Court building in Baghdad",
    ["Iraq", "Politics"]))

add(EN, bn(
    "en-e7", 912433, "thick-fog-causes-pile-up-on-erbil-mosul-road", "E7", "2025-12-11 09:40",
    "Two killed as thick fog causes pile-up on Erbil-Mosul road",
    f"""
    <strong>ERBIL —</strong> Thick fog caused a pile-up involving around 20 vehicles on the Erbil-Mosul road near the
    Khazir checkpoint early Thursday, Erbil traffic police said. Two people were killed and nine others injured,
    according to the Erbil health directorate.

    A truck driver said the fog came down "like a wall" a few minutes after he left Erbil. "I could not see the car in
    front of me. I stopped, and then I heard the crashes behind me," said the driver, Ahmed Saleh.

    Traffic police closed the road in both directions for about three hours, and the Erbil governorate asked drivers
    to use their headlights and keep their distance.

    The crash came three days after four people were killed in
    <a href="{BN}/four-killed-11-injured-in-fog-pile-up-near-tuz-khurmatu/">a similar fog-related pile-up</a> on the
    Kirkuk-Baghdad highway near Tuz Khurmatu.
    """,
    "khazir-road-fog.jpg", "Vehicles in fog on the Erbil-Mosul road",
    ["Kurdistan", "Accidents"],
    revise=("Two people were killed and nine others injured, according to the Erbil health directorate.",
            "Three people were killed and eight others injured after a woman died of her wounds at Erbil's emergency "
            "hospital, the Erbil health directorate said.",
            "Three killed as thick fog causes pile-up on Erbil-Mosul road")))

add(EN, bn(
    "en-e1b", 912441, "iraqi-presidency-to-call-new-parliament-into-session", "E1", "2025-12-11 12:00",
    "Iraqi presidency to call new parliament into session after court ratification",
    f"""
    <strong>BAGHDAD —</strong> The Iraqi presidency said on Thursday that a decree calling the newly elected
    parliament to convene would be issued within the constitutional deadline, a day after
    <a href="{BN}/iraqs-top-court-ratifies-final-results-of-november-parliamentary-election/">the Federal Supreme Court
    ratified the election results</a>.

    A statement from the presidency said President Abdul Latif Rashid had discussed the date of the first session with
    the heads of the main political blocs.

    A source in the presidency told BasNews that the session was likely to be held in the last week of December, "to
    give the blocs time to agree on a speaker before they walk into the hall."

    MPs-elect from the Kurdistan Region are expected to travel to Baghdad for the session. The KDP and the PUK have
    yet to agree on a joint candidate for the presidency of the republic, a post that has gone to a Kurd since 2005.
    """,
    "baghdad-presidential-palace.jpg", "The presidential palace in Baghdad",
    ["Iraq", "Politics"]))

# en-e10 (the verbatim AP republication) is added after the AP items below.

add(EN, bn(
    "en-s9", 912502, "ankawa-christmas-market-opens-with-record-number-of-stalls", "S9", "2025-12-12 18:00",
    "Ankawa Christmas market opens with record number of stalls",
    """
    <strong>ERBIL —</strong> Erbil's Christian-majority district of Ankawa opened its annual Christmas market on
    Friday evening, with organisers saying more than 120 stalls had signed up this year, the largest number since the
    market began.

    Families crowded the main street, where stalls sold handmade decorations, sweets and winter clothing under strings
    of lights. A 20-metre Christmas tree was lit near St Joseph's Cathedral as a choir sang hymns in Syriac, Arabic and
    Kurdish.

    "People come from Baghdad, from Basra and even from abroad. For us it is a sign that life is normal again," said
    Nadia Polus, a member of the organising committee.

    The market will remain open every evening until January 6. Hotels in Ankawa said most of their rooms were already
    booked for the Christmas and New Year holidays.
    """,
    "ankawa-christmas-market.jpg", "Visitors at the Christmas market in Ankawa",
    ["Kurdistan", "Society"], creator="Lana Yousif"))

add(EN, bn(
    "en-s1", 912517, "erbil-and-zakho-share-the-points-at-franso-hariri", "S1", "2025-12-12 21:30",
    "Erbil and Zakho share the points in 1-1 draw at Franso Hariri",
    """
    <strong>ERBIL —</strong> Erbil SC and Zakho drew 1-1 at Franso Hariri Stadium on Friday in an Iraq Stars League
    match played in heavy rain.

    Zakho took the lead in the 34th minute through striker Azad Mihemed, who finished a quick counter-attack, before
    Erbil equalised from the penalty spot ten minutes into the second half after a handball in the box.

    Both sides had chances to win it late on, but Zakho's goalkeeper made two fine saves in stoppage time.

    "The pitch made it hard to play football. A point away from home is not bad," Zakho's assistant coach Shivan
    Mizuri told reporters after the match.

    The draw keeps Zakho in the top half of the table, while Erbil remain three points above the relegation places.
    """,
    "franso-hariri-rain.jpg", "Players at a rain-soaked Franso Hariri Stadium",
    ["Sport"], creator="Dilan Sabah"))

EN_NEW = {}  # posts that appear only in the second poll

add(EN_NEW, bn(
    "en-e3", 912566, "puk-delegation-meets-coordination-framework-leaders-in-baghdad", "E3", "2025-12-13 17:40",
    "PUK delegation meets Coordination Framework leaders in Baghdad on new government",
    f"""
    <strong>BAGHDAD —</strong> A Patriotic Union of Kurdistan (PUK) delegation met leaders of the Coordination
    Framework in Baghdad on Saturday to discuss the formation of the next federal government and the distribution of
    senior posts.

    The delegation, headed by a member of the PUK's political bureau, also discussed the situation in Kirkuk and the
    payment of salaries in the Kurdistan Region, according to a statement from the party.

    A PUK official, Shaho Rauf, told BasNews the talks had focused on "a shared programme first, names later," adding
    that the party saw the presidency of the republic as a Kurdish entitlement to be settled by agreement.

    The visit came four days after
    <a href="{BN}/kdp-delegation-in-baghdad-for-talks-on-forming-next-iraqi-government/">a delegation of the rival
    Kurdistan Democratic Party (KDP)</a> held similar talks in Baghdad. It also follows the Federal Supreme Court's
    ratification of the election results on Wednesday, which set the clock running for the new parliament's first
    session.
    """,
    "puk-delegation-baghdad.jpg", "PUK and Coordination Framework officials at a meeting in Baghdad",
    ["Iraq", "Politics"]))

add(EN_NEW, bn(
    "en-e5", 912590, "drone-attack-sparks-fire-at-peshkhabour-oil-field-in-duhok", "E5", "2025-12-13 22:10",
    "Drone attack sparks fire at Peshkhabour oil field in Duhok province",
    f"""
    <strong>DUHOK —</strong> An explosive-laden drone struck a storage tank at the Peshkhabour oil field in Duhok
    province's Sumel district on Saturday evening, setting off a fire but causing no casualties, local officials said.

    An official at the Sumel district administration told BasNews that the drone hit the field at around 7:30 pm and
    that firefighters had contained the blaze within two hours. Production was suspended as a precaution and workers
    were evacuated.

    "We heard the drone circling for a few seconds before the explosion," said a guard at the field, who asked not to
    be named.

    The Kurdistan Region's Ministry of Natural Resources condemned the attack, calling it an assault on the economy of
    the whole of Iraq.

    It was the second drone incident in the Kurdistan Region this week, after
    <a href="{BN}/drone-shot-down-near-erbil-international-airport/">a drone was shot down near Erbil International
    Airport</a> on Tuesday night. Several oil fields in the region were hit by drones earlier this year.
    """,
    "peshkhabour-field-fire.jpg", "Smoke rises from the Peshkhabour oil field",
    ["Kurdistan", "Security", "Energy"]))

# ---------------------------------------------------------------------------
# AP-like Middle East wire (Atom 1.0)
# ---------------------------------------------------------------------------
UTM_AP = "?utm_source=rss&utm_medium=feed&utm_campaign=mideast"
AP = {}


def ap(key, slug, event, published, title, summary, body, author, cats, updated=None, utm=False, **kw):
    hx = hexid(key)
    link = f"https://apnews.com/article/{slug}-{hx}"
    d = dict(key=key, feed="apnews-mideast.xml", lang="en", event=event,
             guid=f"tag:apnews.com,{published[:10]}:article/{hx}", link=link + (UTM_AP if utm else ""),
             date=utc(published), updated=utc(updated) if updated else utc(published),
             title=title, summary=summary, body=paras(body), author=author, cats=cats)
    d.update(kw)
    return d


add(AP, ap(
    "ap-s5", "syria-assad-fall-anniversary-damascus", "S5", "2025-12-08 12:00",
    "Syrians mark a year since Assad's fall with celebrations and worries about the future",
    "Crowds gathered in Damascus and other cities to mark one year since the fall of Bashar Assad, as the country's "
    "interim authorities struggle with a battered economy and bouts of sectarian violence.",
    """
    DAMASCUS, Syria (AP) — Thousands of Syrians gathered in Damascus and other cities on Monday to mark one year since
    the fall of Bashar Assad, waving the country's new flag and setting off fireworks over the capital's main squares.

    The anniversary comes as the interim authorities led by President Ahmad al-Sharaa try to rebuild a country
    shattered by nearly 14 years of civil war, attract investment and persuade millions of refugees to return.

    "Last year I could not have imagined standing here without fear," said Rami Haddad, a 34-year-old engineer who
    joined the crowds in Umayyad Square.

    But many Syrians say daily life remains hard. Electricity is rationed, prices are high and outbreaks of sectarian
    violence this year have left deep scars.

    Neighboring Iraq, which shares a long desert border with Syria, has kept cautious contacts with the new government
    in Damascus while tightening security along the frontier.
    """,
    "Maya Sorensen", ["Syria", "Middle East"], utm=True))

add(AP, ap(
    "ap-e8", "iraq-kurdish-region-customs-border-crossings", "E8", "2025-12-08 15:10",
    "Iraq and its Kurdish region agree to unify customs at border crossings",
    "Traders have long complained about being taxed twice on goods entering Iraq through crossings run by the "
    "semi-autonomous Kurdish region.",
    """
    BAGHDAD (AP) — Iraq's federal government and the semi-autonomous Kurdish region in the north have agreed to apply
    the same customs tariffs at the region's border crossings, officials said Monday, in a move that could end years
    of complaints by traders about being taxed twice.

    Goods entering Iraq through Kurdish-run crossings with Turkey and Iran have often been charged again at checkpoints
    on the roads leading to the rest of the country, raising prices and fueling accusations that revenue was being
    lost to smuggling and corruption.

    Under the deal, customs officers from Baghdad and Irbil will work jointly at the crossings and the internal
    checkpoints will stop collecting duties, according to two officials who spoke on condition of anonymity because
    they were not authorized to brief the media.

    Customs and other non-oil revenue have been at the heart of long-running financial disputes between Baghdad and
    the Kurdistan Regional Government, which have repeatedly delayed salary payments to the region's public employees.
    """,
    "Qassim Abdul-Hadi", ["Iraq", "Business"]))

add(AP, ap(
    "ap-e4", "iraq-irbil-airport-drone-shot-down", "E4", "2025-12-09 21:05",
    "Drone shot down near airport in northern Iraq's Irbil, where US-led coalition troops are based",
    "No casualties were reported, and no group immediately claimed responsibility.",
    """
    IRBIL, Iraq (AP) — A drone was shot down near the airport in Irbil, the capital of Iraq's semi-autonomous Kurdish
    region, late Tuesday, Kurdish officials said. There were no reports of casualties.

    The Kurdish region's counterterrorism agency said the drone was intercepted near the airport, which hosts a base
    used by troops of the U.S.-led coalition against the Islamic State group. The agency did not say where the drone
    came from.

    Two flights bound for Irbil were diverted overnight and air traffic returned to normal by Wednesday morning, an
    airport official said, speaking on condition of anonymity.

    No group immediately claimed responsibility. Drones and rockets have been fired at the Irbil airport several times
    in past years.

    Under an agreement between Baghdad and Washington, the coalition's military mission in federal Iraq was to end in
    September 2025, while its forces remain in the Kurdish region until September 2026.
    """,
    "Qassim Abdul-Hadi", ["Iraq", "Middle East"], updated="2025-12-10 07:40"))

add(AP, ap(
    "ap-e9", "iraq-power-outages-iran-gas", "E9", "2025-12-10 10:30",
    "Iraq hit by widespread power cuts after Iranian gas supplies fall",
    "The Electricity Ministry said the grid lost about 4,000 megawatts, leaving Baghdad residents with a few hours "
    "of state power a day.",
    """
    BAGHDAD (AP) — Large parts of Iraq, including the capital, faced long power outages Wednesday after supplies of
    natural gas from neighboring Iran dropped sharply, cutting about 4,000 megawatts from the national grid, the
    Electricity Ministry said.

    The ministry did not say why the flows had fallen. Iraq relies on Iranian gas and electricity for roughly a third
    of its power supply, and shortages are common in both summer and winter, when Iran diverts gas to meet its own
    demand.

    In Baghdad's Karrada district, shopkeeper Ali Kadhim said state power had come on for only two hours overnight.
    "We pay the generator owner more every month, and still the lights go off," he said.

    Washington has urged Baghdad to reduce its dependence on Iranian energy. Iraq has signed deals to import liquefied
    natural gas and to build solar plants, but officials say those projects will take time.
    """,
    "Samya Kullab", ["Iraq", "Energy"]))

add(AP, ap(
    "ap-e1", "iraq-election-results-court-certifies-parliament", "E1", "2025-12-10 12:45",
    "Iraq's top court certifies parliamentary election results, setting stage for new government",
    "The ruling starts the clock on convening the new parliament; talks on a prime minister have yet to produce a "
    "candidate.",
    """
    BAGHDAD (AP) — Iraq's Federal Supreme Court on Wednesday certified the results of last month's parliamentary
    election, starting the clock on a process to convene the new legislature and form a government.

    The court approved the final results announced by the country's electoral commission after reviewing appeals from
    candidates and parties, according to a statement. The president must now call the 329-seat parliament into session
    within 15 days.

    Prime Minister Mohammed Shia al-Sudani hopes for a second term, but he will need the backing of the Coordination
    Framework, an alliance of Shiite parties, which has yet to agree on a candidate.

    Government formation in Iraq has often dragged on for months. After the 2021 election, political deadlock lasted
    for about a year.

    "Everyone is waiting to see who blinks first," said a Baghdad-based political analyst, who asked not to be named
    so he could speak freely.
    """,
    "Samya Kullab", ["Iraq", "Politics"], utm=True))

add(AP, ap(
    "ap-e10", "iraq-anbar-islamic-state-raid-wadi-horan", "E10", "2025-12-11 09:20",
    "Iraqi counterterrorism forces kill 3 Islamic State militants in Anbar desert raid",
    "The raid, backed by airstrikes, targeted hideouts in the Wadi Horan valley near the borders with Syria and "
    "Jordan.",
    """
    BAGHDAD (AP) — Iraqi counterterrorism forces killed three Islamic State militants, including a local commander,
    and detained two others in a raid in the western desert of Anbar province, Iraq's military said Thursday.

    The operation, backed by airstrikes, targeted hideouts in the Wadi Horan valley, a rugged area near the borders
    with Syria and Jordan that has long been used by the extremist group, according to a statement from the Joint
    Operations Command.

    Security officials said the dead commander had been responsible for attacks on security forces and shepherds in
    the desert. Troops seized weapons, explosives and motorcycles at the site.

    "These cells are small now, but they know the desert better than anyone," said a senior officer in the Anbar
    Operations Command, who spoke on condition of anonymity because he was not authorized to speak to the media.

    The Islamic State group once controlled about a third of Iraq's territory. It was declared defeated in 2017, but
    sleeper cells still carry out sporadic attacks, mostly in remote parts of Anbar, Kirkuk, Salahuddin and Diyala.
    """,
    "Qassim Abdul-Hadi", ["Iraq", "Middle East"]))

add(AP, ap(
    "ap-s6", "iraq-museum-returned-antiquities-exhibition", "S6", "2025-12-12 08:00",
    "Iraq Museum displays hundreds of ancient artifacts returned from abroad",
    "Cuneiform tablets, cylinder seals and figurines looted after 2003 are back on display in Baghdad.",
    """
    BAGHDAD (AP) — The Iraq Museum in Baghdad opened an exhibition Friday of hundreds of ancient artifacts returned to
    the country in recent years, including cuneiform tablets, cylinder seals and clay figurines looted after the 2003
    U.S.-led invasion.

    Museum officials said many of the pieces had been smuggled out and sold to collectors in Europe and the United
    States before being traced and handed back through cooperation with foreign governments.

    "Every tablet here has a story of theft and a story of return," said Layla Mahmoud, a curator who helped prepare
    the exhibition. "We want schoolchildren to see both."

    Thousands of objects were stolen from the museum itself in the chaos of April 2003, and many more were dug up
    illegally from unguarded archaeological sites in the south. Iraq has recovered tens of thousands of pieces since
    then, but officials believe many more remain abroad.

    The exhibition runs until the end of March.
    """,
    "Maya Sorensen", ["Iraq", "Arts and culture"]))

add(AP, ap(
    "ap-e5", "iraq-kurdish-region-oil-field-drone-attack", "E5", "2025-12-13 19:15",
    "Drone strikes oil field in Iraq's Kurdish region, sparking fire",
    "It was the second drone incident in the Kurdish region in less than a week.",
    """
    IRBIL, Iraq (AP) — An explosive-laden drone struck an oil field in northern Iraq's Kurdish region on Saturday
    evening, setting a storage tank on fire, local officials said. No one was hurt.

    The attack hit the Peshkhabour field in Dohuk province, near the borders with Turkey and Syria, according to two
    officials who spoke on condition of anonymity because they were not authorized to brief journalists. Production
    was halted while firefighters battled the blaze.

    There was no immediate claim of responsibility. It was the second drone incident in the region in less than a
    week, after a drone was shot down near the airport in Irbil, the regional capital, on Tuesday.

    A string of drone attacks on oil fields in the Kurdish region in July cut output sharply. No group claimed those
    attacks either.

    Oil from the region has been flowing again through the pipeline to Turkey's Ceyhan port since the autumn, under a
    deal between Baghdad, Irbil and the oil companies.
    """,
    "Qassim Abdul-Hadi", ["Iraq", "Energy"], utm=True))

# BasNews republishes the AP raid story word for word (same title, same text, BasNews footer).
add(EN, bn(
    "en-e10", 912458, "iraqi-counterterrorism-forces-kill-3-islamic-state-militants-in-anbar-desert-raid", "E10",
    "2025-12-11 16:00", AP["ap-e10"]["title"], list(AP["ap-e10"]["body"]),
    "anbar-desert-cts-raid.jpg", "Iraqi counterterrorism forces in the Anbar desert",
    ["Iraq", "Security"], creator="Associated Press", syndicated_from="ap-e10",
    note="verbatim republication of the AP story (same title and text; only the site footer is added)"))

# ---------------------------------------------------------------------------
# Shafaq News Arabic (RSS 2.0, windows-1256, escaped-HTML description)
# ---------------------------------------------------------------------------
SQ = "https://shafaq.com/ar"
AR = {}


def sq(key, nid, event, when, section, title, body, **kw):
    slug = "-".join(re.sub(r"[^\w\s]", "", title).split()[:10])
    d = dict(key=key, feed="shafaq-ar.xml", lang="ar", event=event, nid=nid,
             guid=f"{SQ}/node/{nid}",
             link=f"{SQ}/{urllib.parse.quote(section)}/{urllib.parse.quote(slug)}",
             date=local(when) if when else None, title=title,
             body=paras(body) if body else None, cat=section)
    d.update(kw)
    return d


add(AR, sq(
    "ar-e6", 1180412, "E6", "2025-12-08 09:40", "أمن",
    "مصرع أربعة أشخاص وإصابة 11 بحادث تصادم جماعي سببه الضباب قرب طوزخورماتو",
    """
    شفق نيوز- صلاح الدين

    لقي أربعة أشخاص مصرعهم وأصيب 11 آخرون، صباح اليوم الاثنين، بحادث تصادم جماعي شاركت فيه 14 مركبة على الطريق
    الرابط بين كركوك وبغداد قرب قضاء طوزخورماتو، بسبب الضباب الكثيف.

    وقال مصدر في دائرة صحة صلاح الدين لوكالة شفق نيوز، إن "الحادث وقع بعد الفجر بقليل عندما انعدمت الرؤية تقريباً،
    إذ توقفت شاحنة حوضية بشكل مفاجئ فاصطدمت بها حافلة صغيرة وعدد من السيارات"، مبيناً أن "بين المصابين حالتين
    حرجتين".

    وأضاف أن فرق الدفاع المدني عملت لساعات على رفع الحطام، فيما أغلقت شرطة المرور الطريق مؤقتاً أمام حركة السير.

    ودعت مديرية المرور العامة السائقين إلى تجنب السفر في ساعات الفجر والليل خلال موسم الضباب، والالتزام بالسرعة
    المحددة وتشغيل المصابيح.
    """))

add(AR, sq(
    "ar-e8", 1180455, "E8", "2025-12-08 16:00", "اقتصاد",
    "بغداد وأربيل تتفقان على توحيد التعرفة الكمركية في منافذ إقليم كوردستان",
    """
    شفق نيوز- بغداد

    أعلنت الهيئة العامة للكمارك، اليوم الاثنين، التوصل إلى اتفاق مع وزارة المالية والاقتصاد في حكومة إقليم كوردستان
    على توحيد التعرفة والإجراءات الكمركية في المنافذ الحدودية للإقليم.

    وذكرت الهيئة في بيان، أن الاتفاق يقضي بتشكيل فرق مشتركة تعمل في منافذ إبراهيم الخليل وبرويزخان وباشماخ وحاج
    عمران، على أن تتوقف نقاط الجباية الداخلية بين الإقليم وباقي المحافظات عن استيفاء الرسوم عن البضائع التي سبق
    تخليصها كمركياً.

    وقال عضو غرفة تجارة بغداد، حسين الربيعي، لوكالة شفق نيوز، إن "التجار عانوا لسنوات من دفع الرسوم مرتين، وهذا
    الاتفاق إذا طُبق فعلاً سينعكس على أسعار السلع في الأسواق".

    ويعد ملف الإيرادات غير النفطية من أبرز نقاط الخلاف المالي بين بغداد وأربيل، إلى جانب ملف رواتب موظفي الإقليم.
    """))

add(AR, sq(
    "ar-s3", 1180501, "S3", "2025-12-09 11:15", "مجتمع",
    "التربية تحدد موعد امتحانات نصف السنة لجميع المراحل الدراسية",
    """
    شفق نيوز- بغداد

    حددت وزارة التربية العراقية، اليوم الثلاثاء، الحادي عشر من كانون الثاني المقبل موعداً لانطلاق امتحانات نصف
    السنة لجميع المراحل الدراسية في المدارس الحكومية والأهلية.

    وذكرت الوزارة في بيان، أن عطلة نصف السنة ستبدأ بعد انتهاء الامتحانات مباشرة ولمدة أسبوعين، داعية المديريات
    العامة للتربية في المحافظات إلى إكمال المناهج المقررة قبل الموعد المحدد.

    وقال مدير إحدى المدارس الثانوية في بغداد، فضّل عدم ذكر اسمه، لوكالة شفق نيوز، إن "الموعد مناسب نسبياً، لكن
    المدارس التي تعمل بنظام الدوام المزدوج تواجه صعوبة في إكمال المنهج بسبب قلة الحصص".

    وتعاني المدارس العراقية من نقص كبير في الأبنية أدى إلى اعتماد الدوام الثنائي والثلاثي في كثير منها.
    """))

add(AR, sq(
    "ar-e2", 1180533, "E2", "2025-12-09 15:30", "سياسة",
    "وفد الديمقراطي الكوردستاني يصل بغداد لبحث تشكيل الحكومة المقبلة مع الإطار التنسيقي",
    """
    شفق نيوز- بغداد

    وصل وفد من الحزب الديمقراطي الكوردستاني، اليوم الثلاثاء، إلى العاصمة بغداد لإجراء مباحثات مع قادة الإطار
    التنسيقي والقوى السياسية بشأن تشكيل الحكومة الاتحادية المقبلة.

    وقال مصدر سياسي مطلع لوكالة شفق نيوز، إن "الوفد يترأسه عضو في المكتب السياسي للحزب، وسيعقد سلسلة لقاءات تستمر
    يومين، تشمل رئيس الوزراء محمد شياع السوداني وعدداً من قادة الإطار وزعماء القوى السنية".

    وأضاف المصدر أن "الديمقراطي يحمل ورقة تتضمن شروطه للمشاركة في الحكومة، أبرزها حسم ملف رواتب موظفي الإقليم
    وحصته في الموازنة وتطبيق المواد الدستورية المعطلة".

    ويأتي ذلك في وقت لم يحسم فيه الإطار التنسيقي، صاحب الكتلة الأكبر في البرلمان الجديد، اسم مرشحه لرئاسة الوزراء
    بعد انتخابات 11 تشرين الثاني الماضي.
    """))

add(AR, sq(
    "ar-e4", 1180561, "E4", "2025-12-10 00:30", "أمن",
    "إسقاط طائرة مسيرة قرب مطار أربيل الدولي",
    """
    شفق نيوز- أربيل

    أعلن جهاز مكافحة الإرهاب في إقليم كوردستان، ليل الثلاثاء - الأربعاء، إسقاط طائرة مسيرة قرب مطار أربيل الدولي،
    من دون تسجيل خسائر بشرية أو مادية.

    وذكر الجهاز في بيان مقتضب، أن "الطائرة المسيرة جرى التصدي لها وإسقاطها عند الساعة الحادية عشرة والنصف ليلاً في
    محيط المطار، ولم تسفر عن أي أضرار".

    وقال شاهد عيان من ناحية عنكاوا لوكالة شفق نيوز، إنه "سمع دوي انفجار قوي أعقبه صوت منظومات الدفاع الجوي".

    ويضم مطار أربيل قاعدة تستخدمها قوات التحالف الدولي، وسبق أن تعرض لهجمات عدة بطائرات مسيرة وصواريخ خلال
    السنوات الماضية.
    """))

add(AR, sq(
    "ar-e9", 1180590, "E9", "2025-12-10 13:10", "اقتصاد",
    "الكهرباء: فقدان 4000 ميغاواط بسبب تراجع إمدادات الغاز الإيراني",
    """
    شفق نيوز- بغداد

    أعلنت وزارة الكهرباء العراقية، اليوم الأربعاء، خروج نحو 4000 ميغاواط من المنظومة الوطنية بسبب الانخفاض الحاد
    في إمدادات الغاز الإيراني المورد إلى محطات الإنتاج.

    وقالت الوزارة في بيان، إن "كميات الغاز الواصلة إلى محطات بغداد وديالى والمحافظات الجنوبية انخفضت إلى أقل من ثلث
    الكميات المتعاقد عليها"، مبينة أنها "تعمل على تعويض النقص بالوقود السائل لتقليل ساعات القطع".

    وشكا مواطنون في مناطق متفرقة من العاصمة من انقطاع التيار الكهربائي لساعات طويلة، مع تراجع ساعات التجهيز إلى أربع
    ساعات يومياً في بعض الأحياء.

    وقال أبو حيدر، صاحب مولدة أهلية في حي الشعلة، لوكالة شفق نيوز، إن "المولدات تعمل اليوم ساعات أطول من طاقتها،
    والمشتركون يطالبون بالمزيد".
    """))

add(AR, sq(
    "ar-e1-flash", 1180611, "E1", "2025-12-10 14:55", "سياسة",
    "عاجل | المحكمة الاتحادية تصادق على النتائج النهائية لانتخابات مجلس النواب",
    None, note="breaking-news flash: title only, no description"))

add(AR, sq(
    "ar-e1", 1180618, "E1", "2025-12-10 15:40", "سياسة",
    "المحكمة الاتحادية العليا تصادق على نتائج الانتخابات البرلمانية وتفتح الطريق أمام الجلسة الأولى",
    """
    شفق نيوز- بغداد

    صادقت المحكمة الاتحادية العليا، اليوم الأربعاء، على النتائج النهائية لانتخابات مجلس النواب العراقي التي جرت في
    الحادي عشر من تشرين الثاني الماضي.

    وذكرت المحكمة في بيان، أنها "نظرت في الطعون المقدمة على النتائج التي أعلنتها المفوضية العليا المستقلة
    للانتخابات، وقررت المصادقة على أسماء الفائزين بمقاعد المجلس البالغة 329 مقعداً".

    وبموجب الدستور، يدعو رئيس الجمهورية مجلس النواب الجديد إلى الانعقاد بمرسوم جمهوري خلال خمسة عشر يوماً من
    تاريخ المصادقة، وتُعقد الجلسة الأولى برئاسة أكبر الأعضاء سناً لانتخاب رئيس المجلس ونائبيه.

    وقال الخبير القانوني حيدر الجبوري لوكالة شفق نيوز، إن "المصادقة تطلق سلسلة من المدد الدستورية، أولها انتخاب
    رئيس البرلمان ثم رئيس الجمهورية الذي يكلف مرشح الكتلة الأكبر بتشكيل الحكومة".
    """))

add(AR, sq(
    "ar-e10", 1180660, "E10", "2025-12-11 11:30", "أمن",
    "مقتل ثلاثة عناصر من داعش بينهم قيادي واعتقال اثنين في وادي حوران غربي الأنبار",
    """
    شفق نيوز- الأنبار

    أعلنت قيادة العمليات المشتركة، اليوم الخميس، مقتل ثلاثة عناصر من تنظيم داعش بينهم قيادي بارز واعتقال اثنين
    آخرين، في عملية نفذها جهاز مكافحة الإرهاب في وادي حوران بصحراء الأنبار الغربية.

    وذكرت القيادة في بيان، أن "العملية جرت بإسناد من طيران القوة الجوية، واستهدفت أوكاراً يتخذها التنظيم ملاذاً قرب
    الحدود مع سوريا والأردن"، مشيرة إلى "ضبط أسلحة وأعتدة ومواد متفجرة ودراجات نارية".

    وقال مصدر أمني في الأنبار لوكالة شفق نيوز، إن "القيادي المقتول كان مسؤولاً عن هجمات استهدفت القوات الأمنية
    والرعاة في الصحراء خلال الأشهر الماضية".

    وتنفذ القوات العراقية عمليات متكررة لملاحقة بقايا خلايا التنظيم في المناطق الصحراوية والوعرة.
    """))

add(AR, sq(
    "ar-e7", 1180672, "E7", "2025-12-11 12:20", "أمن",
    "ثلاثة قتلى بحادث تصادم جماعي بسبب الضباب على طريق أربيل - الموصل",
    """
    شفق نيوز- أربيل

    لقي ثلاثة أشخاص مصرعهم وأصيب ثمانية آخرون، صباح اليوم الخميس، بحادث تصادم جماعي شاركت فيه نحو 20 مركبة على طريق
    أربيل - الموصل قرب سيطرة الخازر، بسبب الضباب الكثيف.

    وقال مصدر في مديرية صحة أربيل لوكالة شفق نيوز، إن "إحدى المصابات فارقت الحياة في مستشفى الطوارئ، ما رفع حصيلة
    الضحايا إلى ثلاثة"، مبيناً أن "بقية المصابين حالتهم مستقرة".

    وأغلقت شرطة مرور أربيل الطريق بالاتجاهين لنحو ثلاث ساعات لرفع المركبات المتضررة.

    ويأتي الحادث بعد ثلاثة أيام من حادث مماثل قرب طوزخورماتو أودى بحياة أربعة أشخاص على طريق كركوك - بغداد.
    """))

add(AR, sq(
    "ar-e9b", 1180720, "E9", "2025-12-12 10:45", "اقتصاد",
    "الكهرباء تعلن عودة 1800 ميغاواط إلى المنظومة بعد استئناف جزئي لضخ الغاز الإيراني",
    """
    شفق نيوز- بغداد

    أعلنت وزارة الكهرباء، اليوم الجمعة، عودة نحو 1800 ميغاواط إلى المنظومة الوطنية بعد استئناف جزئي لإمدادات الغاز
    الإيراني إلى محطات الإنتاج، عقب الانخفاض الحاد الذي سُجل يوم الأربعاء الماضي.

    وقال مسؤول في الوزارة لوكالة شفق نيوز، طالباً عدم الإشارة إلى اسمه، إن "ساعات التجهيز ستتحسن تدريجياً خلال
    الأيام المقبلة، لكن العودة الكاملة مرتبطة بوصول الكميات المتعاقد عليها".

    وأضاف أن الوزارة "تواصل تشغيل عدد من الوحدات بالوقود البديل، رغم أنه يقلل من كفاءة الإنتاج ويرفع كلفة الصيانة".

    وكانت الوزارة قد أعلنت فقدان نحو 4000 ميغاواط بسبب تراجع الإمدادات، ما أدى إلى انقطاعات واسعة في بغداد ومحافظات
    الوسط والجنوب.
    """))

add(AR, sq(
    "ar-s4", 1180735, "S4", None, "محليات",
    "ماء البصرة تباشر بصيانة خطوط النقل الرئيسة في أبي الخصيب",
    """
    شفق نيوز- البصرة

    باشرت مديرية ماء البصرة بأعمال صيانة واسعة لخطوط النقل الرئيسة المغذية لقضاء أبي الخصيب، بعد شكاوى متكررة من
    ضعف الضخ وتلوث مياه الإسالة في عدد من المناطق.

    وقال مسؤول في المديرية لوكالة شفق نيوز، إن "الفرق الفنية تستبدل أجزاء متهالكة من الأنابيب تعود إلى ثمانينيات
    القرن الماضي، وستنجز المرحلة الأولى خلال شهر"، مبيناً أن "الضخ قد يتأثر مؤقتاً في بعض الأحياء خلال أيام العمل".

    وتعاني البصرة منذ سنوات من أزمة في مياه الشرب بسبب ارتفاع نسب الملوحة في شط العرب وتهالك شبكات الإسالة.
    """, note="item has no pubDate"))

add(AR, sq(
    "ar-e3", 1180801, "E3", "2025-12-13 18:30", "سياسة",
    "وفد الاتحاد الوطني الكوردستاني يبحث مع الإطار التنسيقي في بغداد ملف الحكومة الجديدة",
    """
    شفق نيوز- بغداد

    بحث وفد من الاتحاد الوطني الكوردستاني، اليوم السبت، مع قادة الإطار التنسيقي في بغداد، ملف تشكيل الحكومة
    الاتحادية الجديدة وتوزيع المناصب السيادية.

    وقال مصدر في الاتحاد الوطني لوكالة شفق نيوز، إن "الاجتماع تناول أيضاً الأوضاع في كركوك ورواتب موظفي إقليم
    كوردستان"، مضيفاً أن "الاتحاد يرى أن منصب رئيس الجمهورية استحقاق كوردي يجب حسمه بالتوافق".

    وتأتي زيارة وفد الاتحاد بعد أيام من زيارة مماثلة أجراها وفد الحزب الديمقراطي الكوردستاني إلى بغداد، التقى
    خلالها قادة الإطار والقوى السياسية.

    وكانت المحكمة الاتحادية العليا قد صادقت، الأربعاء الماضي، على النتائج النهائية للانتخابات، ما يمهد لعقد
    الجلسة الأولى للبرلمان الجديد.
    """))

add(AR, sq(
    "ar-e5", 1180838, "E5", "2025-12-14 09:20", "أمن",
    "حريق في حقل بيشخابور النفطي بدهوك إثر استهدافه بطائرة مسيرة",
    """
    شفق نيوز- دهوك

    اندلع حريق في أحد خزانات حقل بيشخابور النفطي في قضاء سميل بمحافظة دهوك، مساء أمس السبت، إثر استهدافه بطائرة
    مسيرة مفخخة، من دون تسجيل إصابات.

    وقال مصدر محلي لوكالة شفق نيوز، إن "فرق الإطفاء تمكنت من السيطرة على الحريق بعد نحو ساعتين، فيما توقف الإنتاج
    في الحقل بشكل احترازي وأُخلي العاملون".

    وأدانت وزارة الثروات الطبيعية في حكومة الإقليم الهجوم، معتبرة إياه استهدافاً للاقتصاد العراقي بأكمله.

    ويعد هذا الهجوم الثاني خلال أيام في إقليم كوردستان، بعد إسقاط طائرة مسيرة قرب مطار أربيل الدولي ليل الثلاثاء
    الماضي.
    """))

add(AR, sq(
    "ar-s10", 1180856, "S10", "2025-12-14 12:00", "اقتصاد",
    "ارتفاع أسعار الدولار في بورصتي الكفاح والحارثية ببغداد",
    """
    شفق نيوز- بغداد

    ارتفعت أسعار صرف الدولار الأمريكي مقابل الدينار العراقي، مع افتتاح بورصتي الكفاح والحارثية في العاصمة بغداد،
    اليوم الأحد.

    وسجلت أسعار البيع 142250 ديناراً مقابل 100 دولار، بعد أن كانت يوم الخميس الماضي 141500 دينار.

    وفي محال الصيرفة بالأسواق المحلية، بلغ سعر البيع 143000 دينار، فيما بلغ سعر الشراء 141000 دينار لكل 100 دولار.

    وقال أحد تجار العملة في شارع الكفاح لوكالة شفق نيوز، إن "الطلب على الدولار يزداد عادة في نهاية العام مع استيراد
    البضائع، إضافة إلى ترقب الأسواق لما ستسفر عنه مفاوضات تشكيل الحكومة الجديدة".
    """))

# ---------------------------------------------------------------------------
# Rudaw Sorani (RSS 2.0, UTF-8, GMT dates, CDATA HTML description)
# ---------------------------------------------------------------------------
RW = "https://www.rudaw.net/sorani"
CKB = {}


def rw(key, num, section, event, when, title, body, **kw):
    d = dict(key=key, feed="rudaw-ckb.xml", lang="ckb", event=event,
             link=f"{RW}/{section}/{num}", date=local(when), title=title, body=paras(body), section=section)
    d["guid"] = d["link"]
    d.update(kw)
    return d


add(CKB, rw(
    "ckb-e6", "081220253", "iraq", "E6", "2025-12-08 11:30",
    "تەمومژ لە نزیک دووزخورماتوو چوار کەسی کوشت و 11 کەسی دیکەی بریندار کرد",
    """
    ڕووداو دیجیتاڵ

    بەهۆی تەمومژێکی چڕەوە، بەیانیی ئەمڕۆ دووشەممە ڕووداوێکی هاتوچۆی زنجیرەیی لە ڕێگای کەرکووک - بەغدا لە نزیک
    دووزخورماتوو ڕوویدا، کە چوار کەس تێیدا گیانیان لەدەستدا و 11 کەسی دیکەش بریندار بوون.

    سەرچاوەیەکی تەندروستی بە ڕووداوی ڕاگەیاند، لە ڕووداوەکەدا 14 ئۆتۆمبێل و تانکەرێکی سووتەمەنی پێکدادراون و دوو
    لە بریندارەکان بارودۆخیان مەترسیدارە.

    تیمەکانی بەرگریی شارستانی بۆ ماوەی چەند کاتژمێرێک خەریکی لابردنی ئۆتۆمبێلە تێکشکاوەکان بوون و ڕێگاکە بۆ ماوەیەک
    داخرا.

    بەڕێوەبەرایەتیی گشتیی هاتوچۆی عێراق داوا لە شۆفێران دەکات لە کاتی تەمومژدا بە خێرایی کەم لێبخوڕن و گڵۆپەکانیان
    داگیرسێنن.
    """))

add(CKB, rw(
    "ckb-e8", "081220257", "kurdistan", "E8", "2025-12-08 18:10",
    "هەولێر و بەغدا لەسەر یەکخستنی گومرگ لە دەروازە سنوورییەکان ڕێککەوتن",
    """
    ڕووداو دیجیتاڵ

    حکوومەتی هەرێمی کوردستان و حکوومەتی فیدراڵ لەسەر یەکخستنی تەعریفە و ڕێکارەکانی گومرگ لە دەروازە سنوورییەکانی
    هەرێمی کوردستان ڕێککەوتن.

    بەپێی ڕێککەوتنەکە، تیمی هاوبەش لە دەروازەکانی ئیبراهیم خەلیل، پەروێزخان، باشماخ و حاجی ئۆمەران کار دەکەن و ئەو
    کاڵایانەی لەوێ گومرگیان لێ وەرگیراوە، جارێکی دیکە لە خاڵەکانی پشکنینی نێوان هەرێم و پارێزگاکانی دیکەی عێراق
    باجیان لێ وەرناگیرێت.

    بازرگانێکی هەولێر بە ناوی سەرکەوت عومەر بە ڕووداوی گوت: "ساڵانێکە دوو جار باج دەدەین، ئەگەر ئەم ڕێککەوتنە
    جێبەجێ بکرێت نرخی کاڵاکان لە بازاڕدا دادەبەزێت."

    بەرپرسێکی وەزارەتی دارایی و ئابووریی هەرێم ڕایگەیاند، سیستەمە نوێیەکە قۆناغ بە قۆناغ جێبەجێ دەکرێت.
    """))

add(CKB, rw(
    "ckb-e2", "091220254", "iraq", "E2", "2025-12-09 15:00",
    "شاندی پارتی بۆ گفتوگۆی پێکهێنانی حکوومەتی نوێ گەیشتە بەغدا",
    """
    ڕووداو دیجیتاڵ

    شاندێکی پارتی دیموکراتی کوردستان ئەمڕۆ سێشەممە گەیشتە بەغدا، بۆ ئەوەی لەگەڵ سەرکردەکانی چوارچێوەی هەماهەنگی و
    لایەنە سیاسییەکانی دیکە گفتوگۆ لەسەر پێکهێنانی کابینەی داهاتووی حکوومەتی فیدراڵ بکات.

    شاندەکە ئەندامێکی مەکتەبی سیاسیی پارتی سەرۆکایەتیی دەکات و بۆ ماوەی دوو ڕۆژ لەگەڵ محەمەد شیاع سوودانی،
    سەرۆکوەزیرانی عێراق و سەرکردەکانی چوارچێوە و لایەنە سوننییەکان کۆدەبێتەوە.

    ئەندامێکی شاندەکە بە ڕووداوی ڕاگەیاند: "ئەمجارە دەمانەوێت هەموو ڕێککەوتنێک نووسراو و بە خشتەی کاتی بێت،
    بەتایبەتی مووچە و پشکی هەرێم لە بودجە."

    پارتی لە هەڵبژاردنەکانی 11ی تشرینی دووەمدا لە هەرێمی کوردستان یەکەم بوو.
    """))

add(CKB, rw(
    "ckb-e4", "101220251", "kurdistan", "E4", "2025-12-10 01:20",
    "درۆنێک لە نزیک فڕۆکەخانەی نێودەوڵەتیی هەولێر خرایە خوارەوە",
    """
    ڕووداو دیجیتاڵ

    دەزگای دژە تیرۆری هەرێمی کوردستان ڕایگەیاند، شەوی سێشەممە درۆنێک لە نزیک فڕۆکەخانەی نێودەوڵەتیی هەولێر خرایە
    خوارەوە و هیچ زیانێکی گیانی و ماددیی لێنەکەوتەوە.

    بەپێی ڕاگەیەندراوەکە، درۆنەکە نزیکەی کاتژمێر 11:30ی شەو لە کاتی نزیکبوونەوەی لە فڕۆکەخانەکە تێکشکێنرا.

    هاووڵاتییەکی گەڕەکی کەسنەزان بە ڕووداوی گوت: "دەنگی تەقینەوەیەکی بەهێزمان بیست و دواتر دەنگی بەرگریی ئاسمانی."

    فڕۆکەخانەی هەولێر بنکەیەکی هێزەکانی هاوپەیمانیی نێودەوڵەتیی تێدایە و پێشتر چەندین جار بە درۆن و ڕۆکێت کراوەتە
    ئامانج.
    """))

add(CKB, rw(
    "ckb-e1", "101220256", "iraq", "E1", "2025-12-10 16:05",
    "دادگای باڵای فیدراڵی ئەنجامی کۆتاییی هەڵبژاردنی پەرلەمانی عێراقی پەسەند کرد",
    """
    ڕووداو دیجیتاڵ

    دادگای باڵای فیدراڵی عێراق ئەمڕۆ چوارشەممە ئەنجامی کۆتاییی هەڵبژاردنی ئەنجومەنی نوێنەرانی عێراقی پەسەند کرد، کە
    لە 11ی تشرینی دووەم ئەنجامدرا.

    دادگاکە لە ڕاگەیەندراوێکدا ئاماژەی بەوە کردووە، دوای پێداچوونەوە بە سکاڵاکان، ناوی براوەکانی 329 کورسییەکەی
    پەرلەمانی پەسەند کردووە.

    بەپێی دەستوور، سەرۆک کۆمار دەبێت لە ماوەی 15 ڕۆژدا بە فەرمانێکی کۆماری پەرلەمانی نوێ بانگهێشتی کۆبوونەوە بکات و
    یەکەم دانیشتن بە سەرۆکایەتیی بەتەمەنترین ئەندام دەبێت.

    شارەزایەکی یاسایی بە ڕووداوی ڕاگەیاند، پەسەندکردنی ئەنجامەکان دەرگا بۆ هەڵبژاردنی سەرۆکی پەرلەمان و سەرۆک کۆمار
    و پاشان ڕاسپاردنی سەرۆکوەزیران دەکاتەوە.
    """))

add(CKB, rw(
    "ckb-s8", "111220252", "kurdistan", "S8", "2025-12-11 10:30",
    "ئاسایشی سلێمانی پێنج کەسی بە تۆمەتی بازرگانیکردن بە مادەی هۆشبەر دەستگیر کرد",
    """
    ڕووداو دیجیتاڵ

    بەڕێوەبەرایەتیی ئاسایشی سلێمانی ڕایگەیاند، لە ئۆپەراسیۆنێکدا پێنج کەس بە تۆمەتی بازرگانیکردن بە مادەی هۆشبەر
    دەستگیر کران و نزیکەی دوو کیلۆگرام کریستاڵ و هەزاران حەبی هۆشبەریان لێ گیراوە.

    بەپێی ڕاگەیەندراوەکە، ئۆپەراسیۆنەکە دوای چەند هەفتە چاودێری لە گەڕەکێکی ڕۆژهەڵاتی شاری سلێمانی ئەنجامدراوە و
    تۆمەتبارەکان دانیان بە تاوانەکەیاندا ناوە.

    ئەفسەرێکی ئاسایش بە ڕووداوی گوت: "زۆربەی ئەو مادانە لە ڕێگەی سنوورەوە قاچاخ دەکرێن و بەشێکیان بۆ شارەکانی دیکەی
    عێراق دەبرێن."

    لە ساڵانی ڕابردوودا بەکارهێنانی مادەی هۆشبەر لە هەرێمی کوردستان و عێراق زیادی کردووە.
    """))

add(CKB, rw(
    "ckb-e7", "111220254", "kurdistan", "E7", "2025-12-11 10:50",
    "تەمومژ لە ڕێگای هەولێر - مووسڵ ڕووداوێکی زنجیرەیی نایەوە",
    """
    ڕووداو دیجیتاڵ

    بەهۆی تەمومژی چڕەوە، بەیانیی ئەمڕۆ پێنجشەممە نزیکەی 20 ئۆتۆمبێل لە ڕێگای هەولێر - مووسڵ لە نزیک خاڵی پشکنینی
    خازر بەیەکدا کێشران، کە دوو کەس گیانیان لەدەستدا و نۆ کەسی دیکە بریندار بوون.

    پۆلیسی هاتوچۆی هەولێر ڕایگەیاند، ڕێگاکە بۆ ماوەی نزیکەی سێ کاتژمێر لە هەردوو ئاراستەوە داخرا تا ئۆتۆمبێلەکان
    لاببرێن.

    شۆفێرێکی بارهەڵگر بە ڕووداوی گوت: "تەمومژەکە لەپڕ وەک دیوارێک هات، هیچ شتێکم نەدەبینی."

    ئەم ڕووداوە سێ ڕۆژ دوای ڕووداوێکی هاوشێوە دێت لە نزیک دووزخورماتوو، کە چوار کەسی تێدا گیانیان لەدەستدا.
    """))

add(CKB, rw(
    "ckb-s2", "121220255", "culture", "S2", "2025-12-12 19:00",
    "فێستیڤاڵی شانۆی سلێمانی بە بەشداریی 14 گرووپ دەستی پێکرد",
    """
    ڕووداو دیجیتاڵ

    فێستیڤاڵی شانۆی سلێمانی ئەمڕۆ هەینی بە بەشداریی 14 گرووپی شانۆیی لە هەرێمی کوردستان و عێراق و ڕۆژهەڵاتی کوردستان
    دەستی پێکرد و بۆ ماوەی هەفتەیەک بەردەوام دەبێت.

    ڕێکخەرانی فێستیڤاڵەکە ڕایانگەیاند، جگە لە نمایشی شانۆیی، وۆرکشۆپ بۆ هونەرمەندانی گەنج و سمینار لەسەر مێژووی
    شانۆی کوردی ساز دەکرێت.

    شانۆکارێکی گەنج بە ناوی ڕێزان کەریم بە ڕووداوی گوت: "ئەم فێستیڤاڵە تاکە دەرفەتە کە کارەکانمان لەبەردەم بینەرێکی
    زۆردا نمایش بکەین."

    یەکەم نمایشی فێستیڤاڵەکە شانۆگەرییەک بوو دەربارەی کۆچ و ئاوارەیی.
    """))

add(CKB, rw(
    "ckb-e3", "131220256", "iraq", "E3", "2025-12-13 18:05",
    "شاندی یەکێتی لە بەغدا لەگەڵ چوارچێوەی هەماهەنگی کۆبووەوە",
    """
    ڕووداو دیجیتاڵ

    شاندێکی یەکێتیی نیشتمانیی کوردستان ئەمڕۆ شەممە لە بەغدا لەگەڵ سەرکردەکانی چوارچێوەی هەماهەنگی کۆبووەوە و باسیان
    لە پێکهێنانی حکوومەتی نوێی عێراق و دابەشکردنی پۆستە باڵاکان کرد.

    بەپێی ڕاگەیەندراوێکی یەکێتی، لە کۆبوونەوەکەدا باس لە دۆخی کەرکووک و مووچەی فەرمانبەرانی هەرێمی کوردستانیش
    کراوە.

    بەرپرسێکی یەکێتی بە ڕووداوی ڕاگەیاند: "سەرەتا لەسەر بەرنامە ڕێکدەکەوین، دواتر لەسەر ناوەکان."

    سەردانی شاندی یەکێتی چوار ڕۆژ دوای سەردانی شاندی پارتی بۆ بەغدا دێت و دوای ئەوەی دادگای باڵای فیدراڵی ئەنجامی
    هەڵبژاردنەکانی پەسەند کرد.
    """))

add(CKB, rw(
    "ckb-e8b", "141220252", "kurdistan", "E8", "2025-12-14 10:00",
    "تیمە هاوبەشەکانی گومرگ لە دەروازەی پەروێزخان دەستیان بەکار کرد",
    """
    ڕووداو دیجیتاڵ

    تیمە هاوبەشەکانی گومرگی حکوومەتی هەرێم و حکوومەتی فیدراڵ ئەمڕۆ یەکشەممە لە دەروازەی سنووریی پەروێزخان دەستیان
    بەکار کرد، وەک یەکەم هەنگاوی جێبەجێکردنی ڕێککەوتنی یەکخستنی گومرگ.

    بەڕێوەبەری دەروازەکە بە ڕووداوی ڕاگەیاند، لەمەودوا تەنیا یەک جار گومرگ لە کاڵاکان وەردەگیرێت و پسوولەی گومرگیی
    یەکگرتوو بە بازرگانان دەدرێت.

    ئەگەر تاقیکردنەوەکە سەرکەوتوو بێت، هەمان ڕێکار لە دەروازەکانی ئیبراهیم خەلیل و باشماخ و حاجی ئۆمەرانیش
    جێبەجێ دەکرێت.

    ڕێککەوتنەکە دووشەممەی ڕابردوو لە بەغدا لە نێوان دەستەی گشتیی گومرگ و وەزارەتی دارایی و ئابووریی هەرێم کرا.
    """))

# ---------------------------------------------------------------------------
# Kurdistan24 Kurmanji (RSS 2.0, UTF-8, Latin script, plain-text description, +0000 dates)
# ---------------------------------------------------------------------------
K24 = "https://www.kurdistan24.net/kmr"
UTM_K24 = "?utm_source=rss&utm_medium=feed&utm_campaign=kmr"
KMR = {}


def k24(key, sid, slug, event, when, title, body, utm=False, **kw):
    d = dict(key=key, feed="k24-kmr.xml", lang="kmr", event=event, sid=sid,
             guid=f"{K24}/story/{sid}", link=f"{K24}/story/{sid}/{slug}" + (UTM_K24 if utm else ""),
             date=local(when), title=title, body=paras(body))
    d.update(kw)
    return d


add(KMR, k24(
    "kmr-e2", 874120, "sandeke-pdke-gihist-bexdaye", "E2", "2025-12-09 16:20",
    "Şandeke PDK’ê ji bo danûstandinên hikûmeta nû gihîşt Bexdayê",
    """
    Şandeke Partiya Demokrat a Kurdistanê (PDK) îro Sêşemê gihîşt Bexdayê da ku li ser avakirina hikûmeta nû ya
    federal bi serokên Çarçoveya Hevahengiyê û aliyên din ên siyasî re danûstandinan bike.

    Şande ji aliyê endamekî Buroya Siyasî ya PDK’ê ve tê birêvebirin û dê du rojan li Bexdayê bimîne. Tê çaverêkirin
    ku bi Serokwezîrê Iraqê Mihemed Şiya Sûdanî û serokên aliyên Sunne re jî bicive.

    Endamekî şandeyê ji Kurdistan24ê re got: "Vê carê em dixwazin her peymanek bi nivîskî û bi demeke diyar be, nemaze
    mûçe û para Herêma Kurdistanê ya ji budceyê."

    PDK di hilbijartinên 11ê Mijdarê de li Herêma Kurdistanê bû partiya yekem.
    """))

add(KMR, k24(
    "kmr-e4", 874161, "li-nezike-balafirgeha-hewlere-dronek-hate-xistin", "E4", "2025-12-10 00:55",
    "Li nêzîkî Balafirgeha Navdewletî ya Hewlêrê dronek hate xistin",
    """
    Dezgeha Dijî Terorê ya Herêma Kurdistanê ragihand ku şeva Sêşemê li nêzîkî Balafirgeha Navdewletî ya Hewlêrê
    dronek hate xistin û tu zirarên canî û madî çênebûn.

    Li gorî daxuyaniyê, dron nêzîkî saet 23:30an dema ku nêzîkî balafirgehê dibû, hate têkbirin.

    Welatiyekî ji taxa Enkawayê ji Kurdistan24ê re got: "Me dengê teqîneke xurt bihîst, paşê jî dengê parastina
    hewayî."

    Balafirgeha Hewlêrê baregeheke hêzên Hevpeymaniya Navdewletî dihewîne û berê jî gelek caran bi dron û roketan
    hatibû armanckirin.
    """))

add(KMR, k24(
    "kmr-e1", 874203, "dadgeha-federal-encamen-hilbijartinan-pesend-kirin", "E1", "2025-12-10 16:30",
    "Dadgeha Federal a Bilind encamên dawî yên hilbijartinên parlamentoya Iraqê pesend kirin",
    """
    Dadgeha Federal a Bilind a Iraqê îro Çarşemê encamên dawî yên hilbijartinên Encumena Nûneran a Iraqê ku di 11ê
    Mijdarê de pêk hatibûn, pesend kirin.

    Dadgehê di daxuyaniyekê de ragihand ku piştî lêkolîna li ser giliyan, navên serkeftiyên 329 kursiyên parlamentoyê
    pesend kirine.

    Li gorî destûrê, divê Serokkomar di nav 15 rojan de bi biryarnameyeke komarî parlamentoya nû bo civînê vexwîne.
    Civîna yekem dê bi serokatiya endamê herî temenmezin pêk were.

    Pesendkirina encaman rê li ber hilbijartina serokê parlamentoyê, serokkomar û paşê jî peywirdarkirina serokwezîr
    vedike, di demekê de ku danûstandinên di navbera aliyên siyasî de berdewam in.
    """, utm=True))

add(KMR, k24(
    "kmr-e7", 874250, "ji-ber-mije-li-ser-riya-hewler-musile-qezayeke-zinciri", "E7", "2025-12-11 13:10",
    "Ji ber mijê li ser rêya Hewlêr-Mûsilê qezayeke zincîrî: sê kes mirin",
    """
    Îro Pêncşemê ji ber mijeke tîr, li ser rêya Hewlêr-Mûsilê li nêzîkî xala kontrolê ya Xazirê nêzîkî 20 wesayît li
    hev qelibîn. Di qezayê de sê kes jiyana xwe ji dest dan û heşt kes jî birîndar bûn.

    Rêveberiya Tenduristiyê ya Hewlêrê ragihand ku jineke birîndar li nexweşxaneya awarte jiyana xwe ji dest da û
    hejmara miriyan bû sê.

    Polîsên hatûçûyê rê bi qasî sê saetan ji her du aliyan ve girtin.

    Ev qeza sê roj piştî qezayeke bi vî rengî li nêzîkî Dûzxurmatûyê pêk hat, ku tê de çar kes mirin.
    """))

add(KMR, k24(
    "kmr-s7", 874301, "berfe-reyen-gunden-ciyayi-yen-amediye-girtin", "S7", "2025-12-12 09:00",
    "Berfê rêyên gundên çiyayî yên Amêdiyê girtin",
    """
    Piştî berfbarîna şeva borî, gelek rêyên ku gundên çiyayî yên qezaya Amêdiyê bi navenda qezayê ve girê didin, hatin
    girtin.

    Rêveberiya Rêyan a Dihokê ragihand ku tîmên wê bi makîneyên paqijkirina berfê dest bi vekirina rêyan kirine û
    hêvî dike ku heta êvarê piraniya wan werin vekirin.

    Gundiyekî ji herêma Nêrwe û Rêkanê ji Kurdistan24ê re got: "Berfa îsal zû hat. Em ji bo avê kêfxweş in, lê rê
    girtî ne û zarok nikarin biçin dibistanê."

    Li gorî pêşbîniyên rewşa hewayê, berfbarîn dê heta roja Yekşemê li herêmên bilind berdewam bike.
    """, utm=True))

add(KMR, k24(
    "kmr-e5", 874352, "dronek-li-kelgeha-nefte-ya-peshxabure-ket", "E5", "2025-12-13 21:00",
    "Dronek li kêlgeha neftê ya Pêşxabûrê ket û agir pê ket",
    """
    Îro Şemiyê êvarî dronekê bi teqemenî li tankeke kêlgeha neftê ya Pêşxabûrê ya li qezaya Sêmêlê ya parêzgeha
    Dihokê xist û agir pê ket. Di êrîşê de kes birîndar nebû.

    Berpirsekî herêmî ji Kurdistan24ê re ragihand ku tîmên agirvemirandinê piştî nêzîkî du saetan agir kontrol kirin
    û ji bo ewlehiyê hilberîna kêlgehê hate rawestandin.

    Wezareta Samanên Xwezayî ya Herêma Kurdistanê êrîş şermezar kir û got ku ew êrîşek e li ser aboriya hemû Iraqê.

    Ev duyemîn bûyera dronê ye di vê hefteyê de li Herêma Kurdistanê, piştî ku şeva Sêşemê li nêzîkî Balafirgeha
    Hewlêrê dronek hatibû xistin.
    """))

# ---------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------
WP_ENTITIES = {"‘": "&#8216;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "—": "&#8212;",
               "…": "&#8230;"}

# Site-wide boilerplate at the end of every BasNews English post (repeated footer).
BN_FOOTER = ('<p><strong>BasNews is now on WhatsApp.</strong> <em>Join our '
             '<a href="https://whatsapp.com/channel/0029VaBasNewsEnglish">WhatsApp channel</a> for breaking news '
             'from Kurdistan, Iraq and the Middle East, and follow us on '
             '<a href="https://x.com/basnews_en">X</a>.</em></p>')


def texturize(h):
    """Curly quotes in text nodes (roughly like WordPress wptexturize); tags are left alone."""
    out = []
    for part in re.split(r"(<[^>]+>)", h):
        if part.startswith("<"):
            out.append(part)
            continue
        part = re.sub(r"(\w)'(\w)", "\\1’\\2", part)
        part = re.sub(r"(^|[\s(\[])'", "\\1‘", part)
        part = part.replace("'", "’")
        part = re.sub(r'(^|[\s(\[])"', "\\1“", part)
        part = part.replace('"', "”")
        out.append(part)
    return "".join(out)


def wp_title(t):
    s = escape(texturize(t))
    for ch, ent in WP_ENTITIES.items():
        s = s.replace(ch, ent)
    return s


def strip_tags(h):
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def teaser(body, n=30):
    words = strip_tags(body[0]).split()
    if len(words) <= n:
        return " ".join(words)
    return " ".join(words[:n]) + " [&#8230;]"


def rfc822(d):
    return format_datetime(d)


def en_body(it, revised=False):
    body = list(it["body"])
    if revised:
        old, new, _ = it["revise"]
        hits = [i for i, p in enumerate(body) if old in p]
        assert len(hits) == 1, it["key"]
        body[hits[0]] = body[hits[0]].replace(old, new)
    return [texturize(p) for p in body]


def en_title(it, revised=False):
    return it["revise"][2] if revised else it["title"]


def wp_item(it, revised=False):
    body = en_body(it, revised)
    img = (f'<p><img loading="lazy" decoding="async" width="1200" height="675" src="{it["img"]}" '
           f'class="attachment-full size-full wp-post-image" alt="{escape(it["alt"], {chr(34): "&quot;"})}" /></p>')
    content = "\n".join([img] + [f"<p>{p}</p>" for p in body] + [BN_FOOTER])
    assert "]]>" not in content
    cats = "\n".join(f"\t\t<category><![CDATA[{c}]]></category>" for c in it["cats"])
    return f"""	<item>
		<title>{wp_title(en_title(it, revised))}</title>
		<link>{escape(it["link"])}</link>
		<comments>{escape(it["link"])}#respond</comments>
		<dc:creator><![CDATA[{it["creator"]}]]></dc:creator>
		<pubDate>{rfc822(it["date"])}</pubDate>
{cats}
		<guid isPermaLink="false">{escape(it["guid"])}</guid>
		<description><![CDATA[{teaser(body)}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<wfw:commentRss>{escape(it["link"])}feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>
"""


def wp_feed(build, items_xml):
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>BasNews</title>
	<atom:link href="{BN}/feed/" rel="self" type="application/rss+xml" />
	<link>{BN}</link>
	<description>Kurdistan, Iraq and Middle East news</description>
	<lastBuildDate>{rfc822(build)}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>

<image>
	<url>{BN}/wp-content/uploads/2024/02/cropped-basnews-favicon-32x32.png</url>
	<title>BasNews</title>
	<link>{BN}</link>
	<width>32</width>
	<height>32</height>
</image> 
{items_xml}</channel>
</rss>
"""


def newest_first(items):
    return sorted(items, key=lambda it: it["date"], reverse=True)


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))  # strict: fails loudly on unencodable characters


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
POLL_WINDOW = 10  # WordPress posts_per_rss


def build():
    labels = []

    def label(it, feed=None, title=None, **extra):
        e = dict(feed=feed or it["feed"], guid=it["guid"], link=it["link"],
                 title=html.unescape(title or it["title"]).strip(), lang=it["lang"], event=it["event"],
                 duplicate_of=None, published=iso_z(it["date"]) if it.get("date") else None)
        if it.get("syndicated_from"):
            src = AP[it["syndicated_from"]]
            e["duplicate_of"] = src["guid"]
            e["duplicate_of_feed"] = src["feed"]
        e.update(extra)
        if it.get("note") and "note" not in e:
            e["note"] = it["note"]
        labels.append(e)

    # The English texts are shown with WordPress/AP typography (curly quotes) everywhere.
    def en_label_title(it, revised=False):
        return texturize(en_title(it, revised))

    # --- BasNews English, poll 1
    en1 = newest_first(EN.values())
    write("basnews-en.xml", wp_feed(local("2025-12-13 09:05"), "".join(wp_item(it) for it in en1)))
    for it in en1:
        label(it, title=en_label_title(it), poll=1)

    # --- BasNews English, poll 2: the 10 newest posts, 2 of them new and one revised
    en2 = newest_first(list(EN.values()) + list(EN_NEW.values()))[:POLL_WINDOW]
    xml = []
    for it in en2:
        if it["key"] in EN_NEW:
            xml.append(wp_item(it))
            label(it, feed="basnews-en.update.xml", title=en_label_title(it), poll=2)
        elif it.get("revise"):
            xml.append(wp_item(it, revised=True))
            label(it, feed="basnews-en.update.xml", title=en_label_title(it, True), poll=2,
                  same_item_as={"feed": "basnews-en.xml", "guid": it["guid"]}, updated=True,
                  previous_title=html.unescape(en_label_title(it)),
                  note="same post as in basnews-en.xml (same guid, link and pubDate), revised: title corrected and "
                       "one sentence changed (death toll two -> three)")
        else:
            xml.append(wp_item(it))
            label(it, feed="basnews-en.update.xml", title=en_label_title(it), poll=2,
                  same_item_as={"feed": "basnews-en.xml", "guid": it["guid"]}, updated=False,
                  note="unchanged re-appearance of the basnews-en.xml post in the next poll")
    write("basnews-en.update.xml", wp_feed(local("2025-12-14 09:35"), "".join(xml)))

    # --- AP Atom
    ap_items = sorted(AP.values(), key=lambda it: it["updated"], reverse=True)
    entries = []
    for it in ap_items:
        content = "\n".join(f"<p>{escape(texturize(p))}</p>" for p in it["body"])
        cats = "".join(f'\n    <category term={quoteattr(c)}/>' for c in it["cats"])
        entries.append(f"""  <entry>
    <id>{escape(it["guid"])}</id>
    <title type="text">{escape(texturize(it["title"]))}</title>
    <link rel="alternate" type="text/html" href={quoteattr(it["link"])}/>
    <published>{iso_z(it["date"])}</published>
    <updated>{iso_z(it["updated"])}</updated>
    <author>
      <name>{escape(it["author"])}</name>
    </author>{cats}
    <summary type="html">{escape("<p>" + escape(texturize(it["summary"])) + "</p>")}</summary>
    <content type="html">{escape(content)}</content>
  </entry>
""")
        label(it, title=texturize(it["title"]))
    write("apnews-mideast.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
  <id>tag:apnews.com,2025:feed/middle-east</id>
  <title>AP News: Middle East</title>
  <subtitle>Middle East news from The Associated Press</subtitle>
  <link rel="self" type="application/atom+xml" href="https://apnews.com/hub/middle-east.atom"/>
  <link rel="alternate" type="text/html" href="https://apnews.com/hub/middle-east"/>
  <updated>{iso_z(ap_items[0]["updated"])}</updated>
  <rights>Copyright 2025 The Associated Press. All rights reserved.</rights>
  <generator>AP Feeds</generator>
{"".join(entries)}</feed>
""")

    # --- Shafaq News Arabic (windows-1256). The undated item sits where the CMS put it (by node id).
    ar_items = sorted(AR.values(), key=lambda it: it["nid"], reverse=True)
    xml = []
    for it in ar_items:
        pub = f"\n<pubDate>{rfc822(it['date'])}</pubDate>" if it["date"] else ""
        if it["body"]:
            desc = "".join(f"<p>{escape(p)}</p>" for p in it["body"])
            rest = (f'\n<enclosure url="https://shafaq.com/images/ar/{it["nid"]}.jpg" length="0" type="image/jpeg" />'
                    f"\n<description>{escape(desc)}</description>")
        else:
            rest = ""
        xml.append(f"""<item>
<title>{escape(it["title"])}</title>
<link>{escape(it["link"])}</link>
<guid isPermaLink="false">{escape(it["guid"])}</guid>{pub}
<category>{escape(it["cat"])}</category>{rest}
</item>
""")
        label(it)
    write("shafaq-ar.xml", f"""<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>شفق نيوز</title>
<link>{SQ}</link>
<description>شفق نيوز - أخبار العراق وإقليم كوردستان</description>
<language>ar</language>
<atom:link href="{SQ}/rss" rel="self" type="application/rss+xml" />
<lastBuildDate>{rfc822(local("2025-12-14 12:10"))}</lastBuildDate>
<ttl>10</ttl>
{"".join(xml)}</channel>
</rss>
""", encoding="cp1256")

    # --- Rudaw Sorani
    ckb_items = newest_first(CKB.values())
    xml = []
    for it in ckb_items:
        desc = "".join(f"<p>{p}</p>" for p in it["body"])
        xml.append(f"""    <item>
      <title>{escape(it["title"])}</title>
      <link>{escape(it["link"])}</link>
      <guid isPermaLink="true">{escape(it["guid"])}</guid>
      <pubDate>{format_datetime(it["date"].astimezone(UTC), usegmt=True)}</pubDate>
      <category>{escape(it["section"])}</category>
      <media:thumbnail url="https://www.rudaw.net/images/sorani/{it["link"].rsplit("/", 1)[1]}.jpg"/>
      <description><![CDATA[{desc}]]></description>
    </item>
""")
        label(it)
    write("rudaw-ckb.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>ڕووداو</title>
    <link>{RW}</link>
    <description>هەواڵەکانی کوردستان و عێراق و جیهان</description>
    <language>ckb</language>
    <atom:link href="{RW}/rss" rel="self" type="application/rss+xml"/>
    <lastBuildDate>{format_datetime(local("2025-12-14 10:15").astimezone(UTC), usegmt=True)}</lastBuildDate>
{"".join(xml)}  </channel>
</rss>
""")

    # --- Kurdistan24 Kurmanji
    kmr_items = newest_first(KMR.values())
    xml = []
    for it in kmr_items:
        xml.append(f"""<item>
<title>{escape(it["title"])}</title>
<link>{escape(it["link"])}</link>
<guid isPermaLink="false">{escape(it["guid"])}</guid>
<pubDate>{rfc822(it["date"].astimezone(UTC))}</pubDate>
<description>{escape(chr(10).join(it["body"]))}</description>
</item>
""")
        label(it)
    write("k24-kmr.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Kurdistan24 Kurmancî</title>
<link>{K24}</link>
<description>Nûçeyên Kurdistan, Iraq û cîhanê</description>
<language>ku</language>
<lastBuildDate>{rfc822(local("2025-12-14 08:00").astimezone(UTC))}</lastBuildDate>
{"".join(xml)}</channel>
</rss>
""")

    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"events": EVENTS, "items": labels}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(labels)} label entries")


if __name__ == "__main__":
    build()
