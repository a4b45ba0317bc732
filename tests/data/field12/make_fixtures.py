"""Write the session-12 field fixtures: synthetic exports as teams hand them to a trainer.

Every person, id, phone number (555-01xx) and e-mail address (example.org) here is made
up; no row describes a real person. Run ``python tests/data/field12/make_fixtures.py`` to
rewrite the files; the tests read the written files, so a change here shows in
``git diff``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def write(name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    """Write ``text`` (lines joined by ``newline``) in ``encoding``."""
    data = newline.join(text.strip("\n").split("\n")) + newline
    (HERE / name).write_bytes(data.encode(encoding))


def main() -> None:
    """Write every fixture."""
    # 1. Airtable grid view: checkboxes ("checked" or empty; an older base "1"),
    #    a multiple-select "Asks" column (one or two options, one quoted with a comma),
    #    a linked-record "Organizer" column
    write(
        "airtable_checkboxes.csv",
        """
Meeting,Date,Organizer,Contact,Asks,Specific ask,Response,Attended,Prepared,Notes
rec0A1,2026-03-02,org-1,C-701,Canvass,checked,Yes,checked,checked,
rec0A2,2026-03-03,org-1,C-702,Phone bank,,Yes,,checked,call Maria at 555-0102
rec0A3,2026-03-04,org-2,C-703,"Canvass, Phone bank",checked,Maybe,,,
rec0A4,2026-03-05,org-2,C-704,"Canvass,""Door knock, weekend\"\"\",checked,Yes,checked,,
rec0A5,2026-03-06,"org-1,org-2",C-705,Phone bank,checked,No,,checked,
rec0A6,2026-03-09,org-1,C-706,Canvass,checked,Yes,,,
rec0A7,2026-03-10,org-2,C-707,\"\"\"Door knock, weekend\"\"\",1,Yes,1,,
""",
    )
    # 2. A hand-kept sheet saved by a UK spreadsheet: day-first dates, most ambiguous
    write(
        "day_first_tracking.csv",
        """
Organizer ID,Contact ID,Meeting Date,Purpose,Commitment Asked (Y/N),Commitment Made (Y/N),Commitment,Story Shared (Y/N)
O-1,C-801,03/02/2026,Get to know,Y,Y,Phone bank Tuesday 6pm at the union hall,Y
O-1,C-802,25/02/2026,Get to know,Y,N,Canvass Saturday 10am from the library,N
O-2,C-803,04/03/2026,Check in,Y,Y,Host a house party,Y
O-2,C-804,11/03/2026,Recruit,Y,Y,Canvass,Y
O-2,C-805,16/03/2026,Recruit,Y,N,Phone bank,N
""",
    )
    # 3. Mobilize attendee CSV: times with a time-zone suffix, as the web export writes them
    write(
        "mobilize_timezones.csv",
        """
Attendance ID,User ID,First name,Last name,Email,Phone,Event type,Timeslot start,Attendance status,Attended,Signup date
77001,5601,Ana,Ruiz,ana@example.org,555-0110,CANVASS,2026-03-14 10:00:00 EDT,CONFIRMED,true,2026-03-02 18:04:11 EST
77002,5602,Ben,Okafor,ben@example.org,555-0111,PHONE_BANK,2026-03-17 18:00 PDT,REGISTERED,,2026-03-03 09:15 PST
77003,5603,Cy,Park,cy@example.org,,CANVASS,2026-03-14T10:00:00-04:00,CANCELLED,,2026-03-04T12:00:00-05:00
77004,5604,Di,Shaw,di@example.org,555-0113,PHONE_BANK,"Mar 17, 2026 6:00 PM PDT",NO_SHOW,,"Mar 5, 2026 8:30 AM PST"
77005,5605,Ed,Lund,ed@example.org,,CANVASS,2026-03-14 10:00:00 America/New_York,CONFIRMED,false,2026-03-06 10:00:00 America/New_York
""",
    )
    # 4. VAN event participants: every line ends in empty columns (header too)
    write(
        "van_trailing_empty.csv",
        """
Event Signup ID,VANID,Last Name,First Name,Event Date,Event Type,Status,Recruited By,Date Signed Up,,,,
56001,100301,Lopez,Maria,3/14/2026,Phone Bank,Scheduled,org-7,3/4/2026,,,,
56002,100302,Okafor,Peter,3/14/2026,Phone Bank,Completed,org-7,3/4/2026,,,,
56003,100303,Chen,Sam,3/21/2026,Canvass,No Show,org-8,3/5/2026,,,,
,,,,,,,,,,,,
56004,100304,Silva,Ana,3/21/2026,Canvass,Declined,org-8,3/6/2026,,,,
""",
    )
    # 5. A team's Google Sheet in the contract's columns: a notes column and a "Who" column
    #    full of names, phones and e-mail addresses
    write(
        "google_sheet_notes.csv",
        """
meeting_id,date,organizer,contact,Who,ask_type,ask_specific,response,showed_up,notes
G1,2026-03-02,org-1,C-901,Maria Lopez (555-0121),canvass,true,yes,true,"Maria Lopez, 555-0121, maria@example.org, loves dogs"
G2,2026-03-03,org-1,C-902,Peter Okafor,phone_bank,false,maybe,,call Peter Okafor back at (555) 010-0122
G3,2026-03-04,org-2,C-903,sam.chen@example.org,canvass,true,no,,Sam Chen said his wife Ana Chen might come
G4,2026-03-05,org-2,C-904,Ana Silva,canvass,true,yes,false,"Ana Silva - ana.silva@example.org - 555 0124"
""",
    )
    # 6. A CSV saved from Excel with the date cells formatted as numbers: Excel serials
    write(
        "excel_serial_dates.csv",
        """
Organizer ID,Contact ID,Meeting Date,Purpose,Commitment Asked (Y/N),Commitment Made (Y/N),Commitment,Story Shared (Y/N),Commitment Date
O-1,C-1001,46083,Get to know,Y,Y,Phone bank Tuesday 6pm at the union hall,Y,46087
O-1,C-1002,46084,Recruit,Y,N,Come to a meeting sometime,N,
O-2,C-1003,46085.5,Check in,Y,Y,Canvass Saturday 10am from the library,Y,46091
""",
    )
    # 6b. the same as the contract's log, for report
    write(
        "serial_dates_log.csv",
        """
meeting_id,date,organizer,contact,ask_type,ask_specific,response,showed_up
E1,46083,org-1,C-1101,canvass,true,yes,true
E2,46084,org-1,C-1102,phone_bank,false,maybe,
E3,46085.75,org-2,C-1103,canvass,true,no,
""",
    )
    # 7. European Excel: BOM, semicolons, CR LF, dotted day-first dates beside a slashed
    #    ambiguous one, decimal commas
    write(
        "european_tracking.csv",
        """
Organizer ID;Contact ID;Meeting Date;Purpose;Length (min);Commitment Asked (Y/N);Commitment Made (Y/N);Commitment;Story Shared (Y/N)
O-1;C-1401;14.03.2026;Get to know;30,0;Y;Y;Canvass;Y
O-1;C-1402;03.04.2026;Recruit;45;Y;N;Phone bank;N
O-2;C-1403;05/03/2026;Check in;20;Y;Y;Canvass;Y
""",
        encoding="utf-8-sig",
        newline="\r\n",
    )
    write_xlsx()


def write_xlsx() -> None:
    """Workbooks: a log under an instructions sheet, with a totals row at the bottom."""
    from openpyxl import Workbook

    header = ["meeting_id", "date", "organizer", "contact", "ask_type", "ask_specific",
              "response", "showed_up", "duration_min"]  # fmt: skip
    rows = [["W1", "2026-03-02", "org-1", "C-1201", "canvass", True, "yes", True, 30],
            ["W2", "2026-03-03", "org-1", "C-1202", "phone_bank", False, "maybe", None, 45],
            ["W3", "2026-03-04", "org-2", "C-1203", "canvass", True, "no", None, 20]]  # fmt: skip
    book = Workbook()
    book.active.title = "Instructions"
    book.active.append(["How to fill in the log (synthetic)"])
    book.active.append(["One row per 1:1; ids, never names."])
    log = book.create_sheet("Log")
    log.append(header)
    for row in rows:
        log.append(row)
    log.append(["Total", None, None, None, None, None, "=COUNTA(G2:G4)", None, "=SUM(I2:I4)"])
    # a third sheet with the same columns: a workbook kept by month
    april = book.create_sheet("April")
    april.append(header)
    april.append(["W9", "2026-04-01", "org-1", "C-1209", "canvass", True, "yes", None, 25])
    book.save(HERE / "excel_log_sheets.xlsx")

    tracking = Workbook()
    tracking.active.title = "Read me"
    tracking.active.append(["Fill one row per 1:1 (synthetic)"])
    sheet = tracking.create_sheet("One-on-ones")
    sheet.append(["Organizer ID", "Contact ID", "Meeting Date", "Purpose",
                  "Commitment Asked (Y/N)", "Commitment Made (Y/N)", "Commitment",
                  "Story Shared (Y/N)"])  # fmt: skip
    sheet.append(["O-1", "C-1301", "2026-03-02", "Get to know", "Y", "Y", "Canvass", "Y"])
    sheet.append(["O-2", "C-1302", "2026-03-03", "Recruit", "Y", "N", "Phone bank", "N"])
    sheet.append(["Total", None, None, None, '=COUNTIF(E2:E3,"Y")', None, None, None])
    tracking.save(HERE / "tracking_second_sheet.xlsx")


if __name__ == "__main__":
    main()
