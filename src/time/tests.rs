use super::words::*;
use super::*;
use crate::date::{MAX_DAYS, MIN_DAYS};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn od(s: &str) -> Option<Date> {
    if s.is_empty() { None } else { Some(d(s)) }
}

/// (reference, text, expected surface form, start, end); "" = None.
type Row = (&'static str, &'static str, &'static str, &'static str, &'static str);

// Reference days used below:
// 2024-08-19 Monday, 2024-08-20 Tuesday, 2024-08-22 Thursday,
// 2024-08-24 Saturday, 2024-08-25 Sunday.
const MON: &str = "2024-08-19";
const THU: &str = "2024-08-22";
const SAT: &str = "2024-08-24";

const TABLE: &[Row] = &[
    // ----- absolute dates -----
    (MON, "The treaty was signed on August 19, 2024 in Geneva.", "on August 19, 2024", "2024-08-19", "2024-08-19"),
    (MON, "Ministers met on Aug 12, 2024 to review the accord.", "on Aug 12, 2024", "2024-08-12", "2024-08-12"),
    (MON, "Talks resumed on Aug. 14 after a pause.", "on Aug. 14", "2024-08-14", "2024-08-14"),
    (MON, "The accord took effect on 19 August 2024.", "on 19 August 2024", "2024-08-19", "2024-08-19"),
    (MON, "Polls close on 2 Sept in the northern provinces.", "on 2 Sept", "2024-09-02", "2024-09-02"),
    (MON, "The envoy arrives 19 Aug for consultations.", "19 Aug", "2024-08-19", "2024-08-19"),
    (MON, "The summit opens on September 3 in Jakarta.", "on September 3", "2024-09-03", "2024-09-03"),
    (MON, "The strike that began March 1 is still going.", "March 1", "2024-03-01", "2024-03-01"),
    (MON, "The ceasefire (October 22, 2023) collapsed within hours.", "October 22, 2023", "2023-10-22", "2023-10-22"),
    (MON, "The delegation will visit Dhaka Nov 3-6.", "Nov 3-6", "2024-11-03", "2024-11-06"),
    (MON, "Exercises will run November 3 to 6 off Okinawa.", "November 3 to 6", "2024-11-03", "2024-11-06"),
    (MON, "The trade fair runs 3-6 November in Frankfurt.", "3-6 November", "2024-11-03", "2024-11-06"),
    (MON, "Voting takes place between Nov 3 and 6, officials said.", "between Nov 3 and 6", "2024-11-03", "2024-11-06"),
    (MON, "The festival runs from May 5 to May 9, 2025.", "from May 5 to May 9, 2025", "2025-05-05", "2025-05-09"),
    (
        "2025-04-20",
        "The festival runs from May 5 to May 9 in Kyoto.",
        "from May 5 to May 9",
        "2025-05-05",
        "2025-05-09",
    ),
    (MON, "Rescue teams reached the town (June 17) after the floods.", "June 17", "2024-06-17", "2024-06-17"),
    (MON, "The report dated 2024-08-02 was leaked to reporters.", "2024-08-02", "2024-08-02", "2024-08-02"),
    (MON, "The order issued on 25/07/2024 was revoked.", "on 25/07/2024", "2024-07-25", "2024-07-25"),
    (MON, "A circular dated 07/25/2024 was withdrawn.", "07/25/2024", "2024-07-25", "2024-07-25"),
    (
        "2023-12-16",
        "The vote on Thursday, December 14 passed narrowly.",
        "on Thursday, December 14",
        "2023-12-14",
        "2023-12-14",
    ),
    (
        "2017-02-20",
        "Protesters gathered on Saturday (18 February) in the capital.",
        "on Saturday (18 February)",
        "2017-02-18",
        "2017-02-18",
    ),
    (MON, "The 19th of August marks the anniversary.", "19th of August", "2024-08-19", "2024-08-19"),
    (MON, "Flights resume August 21st, the airline said.", "August 21st", "2024-08-21", "2024-08-21"),
    (
        MON,
        "The conference runs November 30 - December 2 in Dubai.",
        "November 30 - December 2",
        "2024-11-30",
        "2024-12-02",
    ),
    ("2024-12-20", "The talks run December 30 to January 2.", "December 30 to January 2", "2024-12-30", "2025-01-02"),
    ("2024-12-28", "The new law takes effect January 5.", "January 5", "2025-01-05", "2025-01-05"),
    ("2025-01-03", "The fire started on December 29 near the port.", "on December 29", "2024-12-29", "2024-12-29"),
    ("2024-03-01", "The deadline was February 29, regulators said.", "February 29", "2024-02-29", "2024-02-29"),
    (MON, "The ruling is due on OCTOBER 3.", "on OCTOBER 3", "2024-10-03", "2024-10-03"),
    (MON, "Results of the 28 July vote were disputed.", "28 July", "2024-07-28", "2024-07-28"),
    (MON, "Aid convoys must arrive by October 29.", "by October 29", "2024-08-19", "2024-10-29"),
    (MON, "Signed in Delhi on 2 Jan. 2024, the pact lapsed.", "on 2 Jan. 2024", "2024-01-02", "2024-01-02"),
    // ----- months -----
    (MON, "Parliament passed the bill in May.", "in May", "2024-05-01", "2024-05-31"),
    (MON, "Elections will be held in May.", "in May", "2025-05-01", "2025-05-31"),
    (MON, "The talks are scheduled in March.", "in March", "2025-03-01", "2025-03-31"),
    (MON, "Prices rose in August.", "in August", "2024-08-01", "2024-08-31"),
    (MON, "The plant will reopen in August.", "in August", "2024-08-01", "2024-08-31"),
    (MON, "The treaty was ratified in May or June.", "in May or June", "2024-05-01", "2024-06-30"),
    (MON, "The audit covers May 2023 only.", "May 2023", "2023-05-01", "2023-05-31"),
    (MON, "The rains returned in early May.", "in early May", "2024-05-01", "2024-05-10"),
    (MON, "A new round is expected in mid-October.", "in mid-October", "2024-10-11", "2024-10-20"),
    (MON, "The vote is set to take place in late September.", "in late September", "2024-09-21", "2024-09-30"),
    (MON, "The mission ends by the end of September.", "by the end of September", "2024-08-19", "2024-09-30"),
    (MON, "Troops withdrew at the end of May.", "at the end of May", "2024-05-21", "2024-05-31"),
    (MON, "Output fell sharply in July-September.", "in July-September", "2024-07-01", "2024-09-30"),
    (MON, "Growth slowed July-September, data showed.", "July-September", "2024-07-01", "2024-09-30"),
    (MON, "Talks will resume in March or April.", "in March or April", "2025-03-01", "2025-04-30"),
    (
        "2024-11-15",
        "The vote is due to be held in January or February.",
        "in January or February",
        "2025-01-01",
        "2025-02-28",
    ),
    (MON, "The group was founded in November 2023 in Gaza.", "in November 2023", "2023-11-01", "2023-11-30"),
    (MON, "Sales recovered in mid May.", "in mid May", "2024-05-11", "2024-05-20"),
    (MON, "They marched in March to demand reforms.", "in March", "2024-03-01", "2024-03-31"),
    (MON, "Prices were up in December.", "in December", "2023-12-01", "2023-12-31"),
    (MON, "Inflation peaked last May.", "last May", "2024-05-01", "2024-05-31"),
    (MON, "The vote is planned for next March.", "next March", "2025-03-01", "2025-03-31"),
    (MON, "The forum meets this December.", "this December", "2024-12-01", "2024-12-31"),
    (MON, "May-June saw record heat.", "May-June", "2024-05-01", "2024-06-30"),
    (MON, "The drought worsened in late May.", "in late May", "2024-05-21", "2024-05-31"),
    (MON, "The curfew stays until March.", "until March", "2024-08-19", "2025-03-31"),
    (MON, "Growth slowed in early 2023.", "in early 2023", "2023-01-01", "2023-04-30"),
    (MON, "The line should open by mid-2025.", "by mid-2025", "2024-08-19", "2025-08-31"),
    (MON, "MAY 2022 was the wettest on record.", "MAY 2022", "2022-05-01", "2022-05-31"),
    // ----- weekdays (2024-08-19 is a Monday) -----
    (MON, "The minister said on Tuesday that talks had stalled.", "on Tuesday", "2024-08-13", "2024-08-13"),
    (MON, "The leaders will meet on Tuesday in Hanoi.", "on Tuesday", "2024-08-20", "2024-08-20"),
    (MON, "Troops attacked the village on Monday.", "on Monday", "2024-08-19", "2024-08-19"),
    (MON, "The summit will open on Monday.", "on Monday", "2024-08-19", "2024-08-19"),
    (MON, "Talks collapsed TUESDAY.", "TUESDAY", "2024-08-13", "2024-08-13"),
    (MON, "Negotiations broke down tuesday evening.", "tuesday evening", "2024-08-13", "2024-08-13"),
    (MON, "Voting will take place on Friday and Saturday.", "on Friday and Saturday", "2024-08-23", "2024-08-24"),
    (MON, "Polls were held on Friday and Saturday.", "on Friday and Saturday", "2024-08-16", "2024-08-17"),
    (MON, "Clashes broke out Tuesday night.", "Tuesday night", "2024-08-13", "2024-08-13"),
    (MON, "The ship docked early on Wednesday.", "early on Wednesday", "2024-08-14", "2024-08-14"),
    (MON, "Negotiators will reconvene Wednesday morning.", "Wednesday morning", "2024-08-21", "2024-08-21"),
    (MON, "The vote took place last Tuesday.", "last Tuesday", "2024-08-13", "2024-08-13"),
    ("2024-08-20", "The vote took place last Tuesday.", "last Tuesday", "2024-08-13", "2024-08-13"),
    (MON, "Talks resume next Tuesday.", "next Tuesday", "2024-08-20", "2024-08-20"),
    ("2024-08-20", "Talks resume next Tuesday.", "next Tuesday", "2024-08-27", "2024-08-27"),
    (MON, "The envoy lands this Friday.", "this Friday", "2024-08-23", "2024-08-23"),
    (
        MON,
        "The president begins a three-day visit starting Wednesday.",
        "starting Wednesday",
        "2024-08-21",
        "2024-08-23",
    ),
    (MON, "The premier will start a four-day tour from Thursday.", "from Thursday", "2024-08-22", "2024-08-25"),
    (MON, "The border has been closed since Tuesday.", "since Tuesday", "2024-08-13", "2024-08-19"),
    (MON, "Aid must arrive by Friday, the agency said.", "by Friday", "2024-08-19", "2024-08-23"),
    (SAT, "The rally was held on Sunday.", "on Sunday", "2024-08-18", "2024-08-18"),
    (SAT, "A rally is planned for Sunday.", "Sunday", "2024-08-25", "2024-08-25"),
    (SAT, "Police dispersed the crowd on Saturday.", "on Saturday", "2024-08-24", "2024-08-24"),
    (MON, "On Sunday, rebels seized the town.", "On Sunday", "2024-08-18", "2024-08-18"),
    (MON, "The forum is set to open on Thursday.", "on Thursday", "2024-08-22", "2024-08-22"),
    (MON, "The ministry said the talks would be held on Thursday.", "on Thursday", "2024-08-22", "2024-08-22"),
    (
        MON,
        "Officials announced on Friday that aid is expected to arrive on Sunday.",
        "on Friday",
        "2024-08-16",
        "2024-08-16",
    ),
    (
        MON,
        "Officials announced on Friday that aid is expected to arrive on Sunday.",
        "on Sunday",
        "2024-08-25",
        "2024-08-25",
    ),
    (MON, "The talks will run from Tuesday to Thursday.", "from Tuesday to Thursday", "2024-08-20", "2024-08-22"),
    (THU, "The envoys are to be received on Tuesday.", "on Tuesday", "2024-08-27", "2024-08-27"),
    (THU, "The upcoming round opens Saturday.", "Saturday", "2024-08-24", "2024-08-24"),
    // ----- relative days -----
    (MON, "The cabinet meets today.", "today", "2024-08-19", "2024-08-19"),
    (MON, "Fireworks are planned for tonight.", "tonight", "2024-08-19", "2024-08-19"),
    (MON, "The blast hit the market this morning.", "this morning", "2024-08-19", "2024-08-19"),
    (MON, "Rain is forecast this afternoon.", "this afternoon", "2024-08-19", "2024-08-19"),
    (MON, "The result is due this evening.", "this evening", "2024-08-19", "2024-08-19"),
    (MON, "Rescuers found survivors yesterday.", "yesterday", "2024-08-18", "2024-08-18"),
    (MON, "The quake struck the day before yesterday.", "the day before yesterday", "2024-08-17", "2024-08-17"),
    (MON, "The court rules tomorrow.", "tomorrow", "2024-08-20", "2024-08-20"),
    (MON, "Voting ends the day after tomorrow.", "the day after tomorrow", "2024-08-21", "2024-08-21"),
    (MON, "Talks resume tomorrow morning.", "tomorrow morning", "2024-08-20", "2024-08-20"),
    (MON, "Drones struck the depot last night.", "last night", "2024-08-18", "2024-08-18"),
    (MON, "YESTERDAY the council voted.", "YESTERDAY", "2024-08-18", "2024-08-18"),
    // ----- relative weeks -----
    (MON, "Exports fell last week.", "last week", "2024-08-12", "2024-08-18"),
    (MON, "The panel reports this week.", "this week", "2024-08-19", "2024-08-25"),
    (MON, "The envoy travels next week.", "next week", "2024-08-26", "2024-09-01"),
    (THU, "Fighting flared earlier this week.", "earlier this week", "2024-08-19", "2024-08-22"),
    (THU, "A decision is expected later this week.", "later this week", "2024-08-22", "2024-08-25"),
    (MON, "Protests are planned this weekend.", "this weekend", "2024-08-24", "2024-08-25"),
    (SAT, "Protests are planned this weekend.", "this weekend", "2024-08-24", "2024-08-25"),
    ("2024-08-25", "Crowds gathered this weekend.", "this weekend", "2024-08-24", "2024-08-25"),
    (MON, "Crowds gathered last weekend.", "last weekend", "2024-08-17", "2024-08-18"),
    (SAT, "Crowds gathered last weekend.", "last weekend", "2024-08-17", "2024-08-18"),
    (MON, "A march is planned next weekend.", "next weekend", "2024-08-31", "2024-09-01"),
    (SAT, "A march is planned next weekend.", "next weekend", "2024-08-31", "2024-09-01"),
    (MON, "The envoy returns in two weeks.", "in two weeks", "2024-09-02", "2024-09-02"),
    (MON, "Results are due in three days.", "in three days", "2024-08-22", "2024-08-22"),
    (MON, "The rocket launches in 10 days.", "in 10 days", "2024-08-29", "2024-08-29"),
    (MON, "The bridge collapsed two days ago.", "two days ago", "2024-08-17", "2024-08-17"),
    (MON, "The ceasefire began three weeks ago.", "three weeks ago", "2024-07-29", "2024-08-04"),
    (MON, "The minister resigned a week ago.", "a week ago", "2024-08-12", "2024-08-18"),
    (MON, "Prices have doubled over the past week.", "the past week", "2024-08-12", "2024-08-19"),
    (MON, "Twelve people died in the last three days.", "in the last three days", "2024-08-16", "2024-08-19"),
    (MON, "More talks are likely in the coming days.", "in the coming days", "2024-08-20", "2024-08-26"),
    (MON, "Aid will arrive in the coming weeks.", "in the coming weeks", "2024-08-20", "2024-09-16"),
    // ----- relative months and years -----
    (MON, "Exports fell last month.", "last month", "2024-07-01", "2024-07-31"),
    (MON, "The plant opens this month.", "this month", "2024-08-01", "2024-08-31"),
    (MON, "The plant opens next month.", "next month", "2024-09-01", "2024-09-30"),
    (MON, "The pact was signed earlier this month.", "earlier this month", "2024-08-01", "2024-08-19"),
    ("2022-04-04", "Stage is set for the 2+2 talks later this month.", "later this month", "2022-04-04", "2022-04-30"),
    (MON, "Growth slowed last year.", "last year", "2023-01-01", "2023-12-31"),
    (MON, "Growth slowed this year.", "this year", "2024-01-01", "2024-12-31"),
    (MON, "Growth will pick up next year.", "next year", "2025-01-01", "2025-12-31"),
    (MON, "Output rose earlier this year.", "earlier this year", "2024-01-01", "2024-08-19"),
    (MON, "Polls are due later this year.", "later this year", "2024-08-19", "2024-12-31"),
    (MON, "The frigate was commissioned in 2023.", "in 2023", "2023-01-01", "2023-12-31"),
    (MON, "The frigate has served since 2019.", "since 2019", "2019-01-01", "2024-08-19"),
    (MON, "The dam was built a month ago.", "a month ago", "2024-07-01", "2024-07-31"),
    (MON, "The mine closed two years ago.", "two years ago", "2022-01-01", "2022-12-31"),
    (MON, "The base reopens in six months.", "in six months", "2025-02-19", "2025-02-19"),
    // Day-month or month-day: found, never guessed (SPEC: start/end null when unresolved).
    (MON, "The memo dated 05/07/2024 circulated widely.", "05/07/2024", "", ""),
    (MON, "Growth in the third quarter beat forecasts.", "in the third quarter", "2024-07-01", "2024-09-30"),
    // ----- edge dates -----
    ("2024-02-29", "The index fell yesterday.", "yesterday", "2024-02-28", "2024-02-28"),
    ("2024-02-29", "Trading resumes tomorrow.", "tomorrow", "2024-03-01", "2024-03-01"),
    ("2024-02-29", "The plan starts next month.", "next month", "2024-03-01", "2024-03-31"),
    ("2024-02-29", "Output fell last month.", "last month", "2024-01-01", "2024-01-31"),
    ("2024-02-29", "Output fell over the past month.", "the past month", "2024-01-29", "2024-02-29"),
    ("2024-02-29", "The treaty expires next year.", "next year", "2025-01-01", "2025-12-31"),
    ("2023-12-31", "The plan starts next month.", "next month", "2024-01-01", "2024-01-31"),
    ("2023-12-31", "The envoy travels next week.", "next week", "2024-01-01", "2024-01-07"),
    ("2023-12-31", "Exports fell last week.", "last week", "2023-12-18", "2023-12-24"),
    ("2023-12-31", "The panel reports this week.", "this week", "2023-12-25", "2023-12-31"),
    ("2023-12-31", "Markets reopen tomorrow.", "tomorrow", "2024-01-01", "2024-01-01"),
    ("2023-12-31", "Rates will fall next year.", "next year", "2024-01-01", "2024-12-31"),
    ("2024-03-31", "Output fell last month.", "last month", "2024-02-01", "2024-02-29"),
    ("2024-01-31", "The plan starts next month.", "next month", "2024-02-01", "2024-02-29"),
    ("2023-01-31", "The plan starts next month.", "next month", "2023-02-01", "2023-02-28"),
    ("2024-01-03", "Exports fell last week.", "last week", "2023-12-25", "2023-12-31"),
    ("2024-01-03", "Growth slowed last year.", "last year", "2023-01-01", "2023-12-31"),
    ("2024-12-30", "The envoy travels next week.", "next week", "2025-01-06", "2025-01-12"),
    ("2024-12-30", "The panel reports this week.", "this week", "2024-12-30", "2025-01-05"),
    ("2023-01-01", "Exports fell last week.", "last week", "2022-12-19", "2022-12-25"),
    ("2024-01-05", "Troops were deployed in December.", "in December", "2023-12-01", "2023-12-31"),
    ("2023-12-20", "Elections will be held in January.", "in January", "2024-01-01", "2024-01-31"),
    ("2025-01-02", "Fighting resumed on Monday.", "on Monday", "2024-12-30", "2024-12-30"),
    (MON, "Tensions have been high since Oct. 7, officials said.", "since Oct. 7", "2023-10-07", "2024-08-19"),
    (MON, "Xi will visit France from May 5-7 and then Serbia.", "from May 5-7", "2025-05-05", "2025-05-07"),
    (MON, "Exports grew from 2019 to 2022, data showed.", "from 2019 to 2022", "2019-01-01", "2022-12-31"),
    (MON, "Talks have stalled since 2014 and a deal is sought by 2030.", "by 2030", "2024-08-19", "2030-12-31"),
    (MON, "The drills, which began on 5 March, end on March 12.", "on 5 March", "2024-03-05", "2024-03-05"),
];

fn run_table(rows: &[Row]) -> Vec<String> {
    let mut fails = Vec::new();
    for &(r, text, want, s, e) in rows {
        let got = find_times(text, 0..text.len(), Some(d(r)));
        let hit = got.iter().find(|x| &text[x.span.clone()] == want);
        match hit {
            None => fails.push(format!(
                "{r} {text:?}: no `{want}`; got {:?}",
                got.iter()
                    .map(|x| (&text[x.span.clone()], x.start.map(|d| d.to_string()), x.end.map(|d| d.to_string())))
                    .collect::<Vec<_>>()
            )),
            Some(x) => {
                if x.start != od(s) || x.end != od(e) {
                    fails.push(format!(
                        "{r} {text:?} `{want}`: want {s}..{e}, got {:?}..{:?}",
                        x.start.map(|d| d.to_string()),
                        x.end.map(|d| d.to_string())
                    ));
                }
            }
        }
    }
    fails
}

#[test]
fn resolver_table() {
    assert!(TABLE.len() >= 120, "table has {} rows", TABLE.len());
    let fails = run_table(TABLE);
    assert!(fails.is_empty(), "{} failures:\n{}", fails.len(), fails.join("\n"));
}

fn surfaces(text: &str) -> Vec<&str> {
    find_times(text, 0..text.len(), Some(d(MON))).into_iter().map(|x| &text[x.span]).collect()
}

#[test]
fn non_expressions() {
    for text in [
        "Officials may meet soon.",
        "Protesters plan to march on the capital.",
        "The may 5 meeting was lively.",
        "Supporters marched through the city.",
        "Ceasefire talks could collapse within days.",
        "Relations have recently improved.",
        "Sun and wind power grew; Sat phones were seized.",
        "May God protect the country, the cleric said.",
        "The vessel carried 2500 tonnes and 19 containers.",
        "Flight 747 departed at 10:30 with 12 crew.",
    ] {
        let got = surfaces(text);
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}

#[test]
fn spans_and_multiple_expressions() {
    let text = "India and Japan held talks on Monday and will meet again next month in Tokyo.";
    let got = find_times(text, 0..text.len(), Some(d("2024-08-21")));
    let s: Vec<_> = got.iter().map(|x| &text[x.span.clone()]).collect();
    assert_eq!(s, ["on Monday", "next month"]);
    assert_eq!(got[0].start, od("2024-08-19"));
    assert_eq!(got[1].end, od("2024-09-30"));
    // A sub-range only sees its own sentence, and spans stay absolute.
    let text = "Talks ended yesterday. The next round is due on Friday.";
    let second = text.find("The next").unwrap();
    let got = find_times(text, second..text.len(), Some(d(MON)));
    assert_eq!(got.len(), 1);
    assert_eq!(&text[got[0].span.clone()], "on Friday");
    assert_eq!(got[0].start, od("2024-08-23"));
}

#[test]
fn unresolved_without_reference() {
    for (text, want) in [
        ("Talks resumed on Tuesday.", "on Tuesday"),
        ("The plant opens next month.", "next month"),
        ("Voting ends in May.", "in May"),
        ("The fair runs Nov 3-6.", "Nov 3-6"),
        ("Results are due in three days.", "in three days"),
    ] {
        let got = find_times(text, 0..text.len(), None);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(&text[got[0].span.clone()], want);
        assert_eq!((got[0].start, got[0].end), (None, None), "{text}");
    }
    let text = "The pact was signed on 19 August 2024.";
    let got = find_times(text, 0..text.len(), None);
    assert_eq!(got[0].start, od("2024-08-19"));
}

#[test]
fn tense_heuristic() {
    let t = "The leaders will meet on Tuesday.";
    assert_eq!(tense(t, 0..t.len(), t.find("on").unwrap()), Tense::Future);
    let t = "On Tuesday, the leaders met in Hanoi.";
    assert_eq!(tense(t, 0..t.len(), 0), Tense::Past);
    let t = "Leaders meet on Tuesday.";
    assert_eq!(tense(t, 0..t.len(), 13), Tense::Unknown);
    assert_eq!(word_cue(Some("will"), "be", None), None);
    assert_eq!(word_cue(Some("be"), "held", None), None);
    assert_eq!(word_cue(Some("talks"), "held", None), Some(Tense::Past));
    assert_eq!(word_cue(None, "expected", Some("to")), Some(Tense::Future));
    assert_eq!(word_cue(None, "expected", Some("in")), None);
    assert_eq!(word_cue(None, "attacked", None), Some(Tense::Past));
    assert_eq!(word_cue(None, "United", None), None);
    assert_eq!(word_cue(None, "SCHEDULED", None), Some(Tense::Future));
}

// ----- publication date -----

fn pub_date(text: &str) -> Option<(String, &str)> {
    publication_date(text).map(|(d, r)| (d.to_string(), &text[r]))
}

#[test]
fn publication_date_forms() {
    let cases: &[(&str, &str, &str)] = &[
        (" date 2022-04-04 Stage is set for the talks later this month.", "2022-04-04", "2022-04-04"),
        ("date 2022-04-04\nStage is set for the talks.", "2022-04-04", "2022-04-04"),
        ("\n\t date 2021-12-31 Year-end review.", "2021-12-31", "2021-12-31"),
        ("Updated On: 2024-08-19 09:12 PM IST\nNEW DELHI: The ministry said...", "2024-08-19", "2024-08-19"),
        ("By Staff Reporter | August 19, 2024\nTOKYO: Ministers met...", "2024-08-19", "August 19, 2024"),
        ("Aug. 19, 2024 / 10:02 AM\nThe navy said...", "2024-08-19", "Aug. 19, 2024"),
        ("Published 19 August 2024\nThe talks ended.", "2024-08-19", "19 August 2024"),
        ("LONDON, 19 Aug 2024 (Wire) - Ministers agreed...", "2024-08-19", "19 Aug 2024"),
        ("Sat 18 Feb 2017 12.30 GMT\nLeaders gathered in Munich.", "2017-02-18", "Sat 18 Feb 2017"),
        ("Wed, 12 June 2024\nThe summit opened.", "2024-06-12", "Wed, 12 June 2024"),
        ("Posted 2024-08-19T07:12:00Z by desk", "2024-08-19", "2024-08-19"),
        ("07:12, 12/15/23\nTokyo - The coast guard said...", "2023-12-15", "12/15/23"),
        ("Last updated 9:05 PM, 03/04/2024\nThe council voted.", "2024-03-04", "03/04/2024"),
        ("SEOUL (Wire), March 3, 2023 -- Officials said...", "2023-03-03", "March 3, 2023"),
        ("date 2023-02-29 Invalid prefix, but the dateline says 1 March 2023.", "2023-03-01", "1 March 2023"),
    ];
    for &(text, want, span) in cases {
        assert_eq!(pub_date(text), Some((want.to_string(), span)), "{text:?}");
    }
}

#[test]
fn publication_date_negatives() {
    let long_lead = "The ministers discussed maritime security, trade, energy and the regional \
        situation at length, officials said, adding that the two sides had agreed to deepen \
        cooperation in critical technologies, semiconductors and space, and to hold regular \
        consultations between their foreign and defence ministries, with working groups to \
        report on progress; the statement was welcomed by analysts across the region, who \
        noted the timing. ";
    assert!(long_lead.len() > 400);
    for text in [
        "".to_string(),
        "date ".to_string(),
        "The pact, first published in 2017, was revised.".to_string(),
        "Ministers met on August 12 in Tokyo.".to_string(),
        "Published 12/15/23 in print".to_string(),
        "Memo 05/07/2024 circulated".to_string(),
        format!("{long_lead}The first round was held on August 19, 2024 in Delhi."),
        format!("{long_lead}Updated 2024-08-19"),
        "date 2024-08-19X body".to_string(),
        "update 2024-13-45 nothing".to_string(),
    ] {
        assert_eq!(publication_date(&text), None, "{text:?}");
    }
}

#[test]
fn body_start_cases() {
    assert_eq!(body_start("date 2022-04-04 Stage is set"), 16);
    let t = "  date 2022-04-04\nBody text";
    assert_eq!(&t[body_start(t)..], "Body text");
    assert_eq!(body_start("date 2022-04-04"), 15);
    assert_eq!(body_start("No prefix here. date 2022-04-04"), 0);
    assert_eq!(body_start("date 2022-04-04X"), 0);
    assert_eq!(body_start("date 2023-02-29 text"), 0);
    assert_eq!(body_start("Date 2022-04-04 text"), 0);
    assert_eq!(body_start(""), 0);
    assert_eq!(body_start("date "), 0);
    assert_eq!(body_start("date 2022-04-0"), 0);
    assert_eq!(body_start("date 2022-04-0é"), 0);
    assert_eq!(body_start("update 2022-04-04 x"), 0);
}

// ----- Date -----

#[test]
fn date_new_and_errors() {
    assert!(Date::new(2024, 2, 29).is_ok());
    assert!(Date::new(2000, 2, 29).is_ok());
    assert!(Date::new(1, 1, 1).is_ok());
    assert!(Date::new(9999, 12, 31).is_ok());
    let cases: &[((i32, u8, u8), &str)] = &[
        ((2023, 2, 29), "invalid date `2023-02-29`: day out of range"),
        ((1900, 2, 29), "invalid date `1900-02-29`: day out of range"),
        ((2024, 4, 31), "invalid date `2024-04-31`: day out of range"),
        ((2024, 1, 0), "invalid date `2024-01-00`: day out of range"),
        ((2024, 13, 1), "invalid date `2024-13-01`: month out of range"),
        ((2024, 0, 1), "invalid date `2024-00-01`: month out of range"),
        ((0, 1, 1), "invalid date `0000-01-01`: year out of range"),
        ((10000, 1, 1), "invalid date `10000-01-01`: year out of range"),
    ];
    for &((y, m, dd), msg) in cases {
        let e = Date::new(y, m, dd).unwrap_err();
        assert_eq!(e.to_string(), msg);
    }
    let e: Box<dyn std::error::Error> = Box::new(Date::new(2023, 2, 29).unwrap_err());
    assert!(e.to_string().contains("day out of range"));
}

#[test]
fn date_from_str() {
    assert_eq!(d("2024-08-19"), Date::new(2024, 8, 19).unwrap());
    assert_eq!(d("0001-01-01").year(), 1);
    for (s, reason) in [
        ("2024-8-19", "expected YYYY-MM-DD"),
        ("2024/08/19", "expected YYYY-MM-DD"),
        ("2024-08-19 ", "expected YYYY-MM-DD"),
        (" 2024-08-19", "expected YYYY-MM-DD"),
        ("", "expected YYYY-MM-DD"),
        ("+024-08-19", "expected YYYY-MM-DD"),
        ("２０２４-08-1", "expected YYYY-MM-DD"),
        ("2024-08-1é", "expected YYYY-MM-DD"),
        ("0000-01-01", "year out of range"),
        ("2024-00-10", "month out of range"),
        ("2024-13-10", "month out of range"),
        ("2023-02-29", "day out of range"),
        ("2024-06-31", "day out of range"),
        ("2024-06-00", "day out of range"),
    ] {
        let e = s.parse::<Date>().unwrap_err();
        assert_eq!(e.reason(), reason, "{s:?}");
        assert!(e.to_string().starts_with("invalid date `"), "{e}");
    }
    assert_eq!("2023-02-29".parse::<Date>().unwrap_err().to_string(), "invalid date `2023-02-29`: day out of range");
    let long = "9".repeat(10_000);
    assert!(long.parse::<Date>().unwrap_err().to_string().len() < 100);
}

#[test]
fn date_arithmetic() {
    assert_eq!(d("2024-08-19").weekday(), 0);
    assert_eq!(d("1970-01-01").weekday(), 3);
    assert_eq!(d("0001-01-01").weekday(), 0);
    assert_eq!(d("9999-12-31").weekday(), 4);
    assert_eq!(d("2000-02-29").weekday(), 1);
    assert_eq!(d("2024-02-28").add_days(1), od("2024-02-29"));
    assert_eq!(d("2023-02-28").add_days(1), od("2023-03-01"));
    assert_eq!(d("2023-12-31").add_days(1), od("2024-01-01"));
    assert_eq!(d("2024-03-01").add_days(-1), od("2024-02-29"));
    assert_eq!(d("2024-01-01").add_days(366), od("2025-01-01"));
    assert_eq!(d("9999-12-31").add_days(1), None);
    assert_eq!(d("0001-01-01").add_days(-1), None);
    assert_eq!(d("2024-01-01").add_days(i64::MAX), None);
    assert_eq!(d("2024-01-01").add_days(i64::MIN), None);
    assert_eq!(d("2024-01-01").days_until(d("2024-12-31")), 365);
    assert_eq!(d("2024-12-31").days_until(d("2024-01-01")), -365);
    assert_eq!(d("0001-01-01").days_until(d("9999-12-31")), 3_652_058);
    assert_eq!(d("2024-02-10").last_of_month(), d("2024-02-29"));
    assert_eq!(d("2023-02-10").last_of_month(), d("2023-02-28"));
    assert_eq!(d("1900-02-01").last_of_month(), d("1900-02-28"));
    assert_eq!(d("2000-02-01").last_of_month(), d("2000-02-29"));
    assert_eq!(d("2024-04-15").last_of_month(), d("2024-04-30"));
    assert_eq!(d("2024-12-15").last_of_month(), d("2024-12-31"));
    assert_eq!(d("2024-08-22").monday(), od("2024-08-19"));
    assert!(d("2024-01-01") < d("2024-01-02") && d("2023-12-31") < d("2024-01-01"));
    assert_eq!((d("2024-05-06").year(), d("2024-05-06").month(), d("2024-05-06").day()), (2024, 5, 6));
}

#[test]
fn date_round_trip_every_day() {
    // Every day from 1899 to 2101 survives days -> civil -> Display -> FromStr.
    let mut day = d("1899-01-01");
    let mut prev_wd = day.weekday();
    let end = d("2101-12-31");
    let mut n = 0;
    while day <= end {
        let s = day.to_string();
        assert_eq!(s.parse::<Date>().unwrap(), day);
        assert_eq!(Date::from_days(day.days()), Some(day));
        let next = day.add_days(1).unwrap();
        assert_eq!(next.weekday(), (prev_wd + 1) % 7);
        prev_wd = next.weekday();
        day = next;
        n += 1;
    }
    assert_eq!(n, d("1899-01-01").days_until(end) + 1);
    assert_eq!(Date::from_days(MIN_DAYS), od("0001-01-01"));
    assert_eq!(Date::from_days(MAX_DAYS), od("9999-12-31"));
    assert_eq!(Date::from_days(MIN_DAYS - 1), None);
    assert_eq!(Date::from_days(MAX_DAYS + 1), None);
}

#[test]
fn date_display_and_serde() {
    let x = d("0987-03-04");
    assert_eq!(x.to_string(), "0987-03-04");
    assert!(!format!("{:?}", d("2024-01-02")).is_empty());
    let j = serde_json::to_string(&d("2024-08-19")).unwrap();
    assert_eq!(j, "\"2024-08-19\"");
    let back: Date = serde_json::from_str(&j).unwrap();
    assert_eq!(back, d("2024-08-19"));
    let v: Vec<Option<Date>> = serde_json::from_str("[\"2024-02-29\", null]").unwrap();
    assert_eq!(v, vec![od("2024-02-29"), None]);
    let owned: Date = serde_json::from_value(serde_json::json!("2023-12-31")).unwrap();
    assert_eq!(owned, d("2023-12-31"));
    let err = serde_json::from_str::<Date>("\"2023-02-29\"").unwrap_err();
    assert!(err.to_string().contains("day out of range"), "{err}");
    assert!(serde_json::from_str::<Date>("20240819").is_err());
    assert!(serde_json::from_str::<Date>("\"19 August 2024\"").is_err());
}

// ----- robustness -----

fn exercise(text: &str) {
    let _ = publication_date(text);
    let b = body_start(text);
    assert!(b <= text.len() && text.is_char_boundary(b));
    for r in [None, Some(d("2024-02-29")), Some(d("0001-01-01")), Some(d("9999-12-31"))] {
        for x in find_times(text, 0..text.len(), r) {
            assert!(text.get(x.span.clone()).is_some(), "{text:?} {:?}", x.span);
        }
        // Every char-boundary start for short texts.
        if text.len() < 200 {
            for (i, _) in text.char_indices() {
                let _ = find_times(text, i..text.len(), r);
            }
        }
    }
    // Invalid ranges give nothing rather than panicking.
    #[allow(clippy::reversed_empty_ranges)]
    let bad = [5..2, 0..text.len() + 1, text.len() + 3..text.len() + 9];
    for r in bad {
        if text.get(r.clone()).is_none() {
            assert!(find_times(text, r, Some(d(MON))).is_empty());
        }
    }
    if let Some((i, c)) = text.char_indices().find(|(_, c)| c.len_utf8() > 1) {
        assert!(find_times(text, i + 1..text.len(), None).is_empty());
        assert!(find_times(text, 0..i + c.len_utf8() - 1, None).is_empty());
    }
}

#[test]
fn never_panics() {
    let digits = "7".repeat(10_000);
    let many_in = "in ".repeat(5_000);
    let many_may = "May May or ".repeat(2_000);
    let nasty = [
        "",
        " ",
        "date ",
        "date",
        "  date 2024-",
        "date 9999-12-31 tomorrow next week next month next year",
        "date 0001-01-01 yesterday last week last month last year",
        "May",
        "in May",
        "The vote is in May",
        "on",
        "from",
        "between",
        "since",
        "by the end of",
        "starting",
        "a three-",
        "the day before",
        "Nov 3-",
        "Nov 3-6,",
        "Aug 19,",
        "19 Aug,",
        "2024-08-",
        "2024-08-19-",
        "07:12, 12/",
        "07:12, 12/15/",
        "12/15/23",
        "99/99/9999 00/00/0000 31/02/2024",
        "Feb 30, Feb 29, 2023 30 February",
        "Ü19 Août 2024 ５ May",
        "é2024-08-19é",
        "১৯ August ২০২৪ then 19\u{301} Aug",
        "‘May’ “June” — 3–6 November",
        "🙂 on Tuesday 🙂 in 2023🙂",
        "Monday and",
        "last",
        "next",
        "this",
        "in two",
        "two days",
        "the past",
        "mid-",
        "early",
        "Sun Sat Wed",
        "4294967296 days ago, in 4294967296 weeks",
        "in 999 years, 999 years ago",
        "since 1800 until 2200 in 9999",
        "\u{0}\u{1}\u{7f}date\u{0}2024-08-19",
        &digits,
        &many_in,
        &many_may,
    ];
    for t in nasty {
        exercise(t);
    }
    let with_digits = format!("Aug {digits}, 2024 and 19/{digits}/2024 and {digits}-08-19");
    exercise(&with_digits);
    let near_end = format!("{}May", "x".repeat(399));
    exercise(&near_end);
    let straddle = format!("{}é August 19, 2024", "x".repeat(398));
    exercise(&straddle);
}

#[test]
fn pseudo_random_inputs_never_panic() {
    const PIECES: &[&str] = &[
        "May", "may", "in", "on", "the", "day", "-", "–", "/", ":", ",", ".", "(", ")", "3", "19", "31", "2024",
        "99999", "Tuesday", "last", "next", "this", "week", "weekend", "month", "year", "ago", "two", "a", "from",
        "to", "between", "and", "since", "by", "until", "early", "mid", "late", "end", "of", "Aug", "Sept", "February",
        "29", "é", "ü", "🙂", " ", " ", "date", "will", "said", "07", "12", "15", "23", "starting", "three", "st",
        "th", "or", "coming", "days", "past", "tonight", "Sat",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed % 14) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            if !seed.is_multiple_of(3) {
                s.push(' ');
            }
        }
        let _ = publication_date(&s);
        let _ = body_start(&s);
        for x in find_times(&s, 0..s.len(), Some(d("2024-02-29"))) {
            assert!(s.get(x.span.clone()).is_some());
            if let (Some(a), Some(b)) = (x.start, x.end) {
                assert!(a <= b, "{s:?}: {a}..{b}");
            }
        }
    }
}

#[test]
fn linear_time_on_large_input() {
    let sentence = "Troops withdrew on Tuesday and talks will resume next month, officials said. ";
    let big = sentence.repeat(20_000); // ~1.5 MB
    let t = std::time::Instant::now();
    let got = find_times(&big, 0..big.len(), Some(d(MON)));
    assert_eq!(got.len(), 40_000);
    assert!(t.elapsed().as_secs() < 20);
}

/// The prefilters of `find_times` (anchor words, start words) only skip work: with it off, every text gives the
/// same expressions (table rows, our articles, and word soups built from the parser's
/// vocabulary, where expressions sit at every distance from their anchors).
#[test]
fn prefilters_change_nothing() {
    assert!(VOCABULARY.windows(2).all(|w| w[0].0 < w[1].0), "VOCABULARY must be sorted for binary search");
    // Every month and weekday, full or abbreviated, is an anchor.
    for m in MONTHS.split(' ').chain(WEEKDAYS.split(' ')).chain(MONTH_ABBR.split(' ')).chain(WEEKDAY_ABBR.split(' ')) {
        assert_eq!(lookup(m.as_bytes()), Some(true), "{m}");
        assert_eq!(lookup(m.to_uppercase().as_bytes()), Some(true), "{m}");
    }
    assert_eq!((lookup(b"the"), lookup(b"talks")), (Some(false), None));
    let mut texts: Vec<(Option<Date>, String)> = TABLE.iter().map(|r| (od(r.0), r.1.to_string())).collect();
    for row in include_str!("../../tests/fixtures/time_cases.tsv").lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = row.split('\t').collect();
        if let [_, r, sentence, ..] = cols[..] {
            texts.push((r.parse().ok(), sentence.to_string()));
        }
    }
    for t in [include_str!("../../examples/article.txt"), include_str!("../../tests/fixtures/long_article.txt")] {
        texts.push((Some(d("2024-08-19")), t.to_string()));
        texts.push((None, t.to_string()));
    }
    let vocab = [
        "in",
        "the",
        "next",
        "few",
        "coming",
        "days",
        "weeks",
        "from",
        "between",
        "and",
        "to",
        "by",
        "until",
        "since",
        "early",
        "mid",
        "late",
        "beginning",
        "of",
        "this",
        "last",
        "earlier",
        "later",
        "week",
        "month",
        "year",
        "May",
        "June",
        "Tuesday",
        "a",
        "three",
        "day",
        "after",
        "before",
        "yesterday",
        "tomorrow",
        "today",
        "on",
        "at",
        "2024",
        "19",
        "5",
        "pm",
        "-",
        ",",
        "/",
        "08",
        "ago",
        "will",
        "met",
        "said",
        "starting",
        "visit",
        "night",
        "or",
        "India",
        "talks",
        "(",
        ".",
        "Aug.",
        "mid-October",
        "end",
        "middle",
        "past",
        "previous",
        "during",
        "through",
        "2023-05-04",
        "10:30",
        "GMT",
        "Sept",
        "Fri",
        "twenty",
        "first",
        "week-long",
        "quarter",
        "Q3",
        "winter",
        "Christmas",
        "Eve",
        "New",
        "Year's",
        "1990s",
        "the 13th",
        "later",
        "now",
        "following",
        "overnight",
        "9 am",
        "two-day",
        "of",
    ];
    // A small deterministic generator: no randomness in tests that must not flake.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let len = 3 + (state % 14) as usize;
        let mut words = Vec::with_capacity(len);
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words.push(vocab[(state % vocab.len() as u64) as usize]);
        }
        texts.push((Some(d("2024-02-29")), words.join(" ")));
    }
    for (r, t) in &texts {
        let fast = find_times_with(t, 0..t.len(), *r, true);
        let full = find_times_with(t, 0..t.len(), *r, false);
        assert_eq!(fast, full, "{t:?}");
    }
}

#[test]
fn number_words_and_units() {
    let numbers: &[(&str, Option<u32>)] = &[
        ("a", Some(1)),
        ("An", Some(1)),
        ("three", Some(3)),
        ("TWELVE", Some(12)),
        ("fifteen", Some(15)),
        ("thirty", Some(30)),
        ("thirteen", None),
        ("twentyone", None),
        ("", None),
    ];
    for &(w, want) in numbers {
        assert_eq!(number_word(w), want, "{w}");
    }
    let units: &[(&str, Option<parser::Unit>)] = &[
        ("day", Some(parser::Unit::Day)),
        ("Days", Some(parser::Unit::Day)),
        ("WEEKS", Some(parser::Unit::Week)),
        ("fortnight", Some(parser::Unit::Fortnight)),
        ("months", Some(parser::Unit::Month)),
        ("year", Some(parser::Unit::Year)),
        ("hours", None),
    ];
    for &(w, want) in units {
        let p = parser::Parser::new(w, 0..w.len(), None, false);
        assert_eq!(p.unit_at(0), want, "{w}");
    }
}
