"""Write the session-11 field fixtures: synthetic exports as teams hand them to a trainer.

Every person, id, phone number (555-01xx) and e-mail address (example.org) here is made
up. Run ``python tests/data/field11/make_fixtures.py`` to rewrite the files; the tests
read the written files, so a change here shows in ``git diff``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

CONTRACT = "meeting_id,date,organizer,contact,ask_type,ask_specific,response,showed_up,notes"


def write(name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    """Write ``text`` (lines joined by ``newline``) in ``encoding``."""
    data = newline.join(text.strip("\n").split("\n")) + newline
    (HERE / name).write_bytes(data.encode(encoding))


def main() -> None:
    """Write every fixture."""
    # 1. Action Network activist/attendee CSV: names, e-mail, phone, zip, tags; RSVP status
    write(
        "an_attendees.csv",
        """
uuid,first_name,last_name,email,zip_code,can2_phone,can2_user_tags,created_at,status,can2_referrer
a1b2-0001,Maria,Lopez,maria.lopez@example.org,02139,555-0101,"volunteer, spanish",2026-03-04 18:22:10 UTC,accepted,rivera
a1b2-0002,Peter,Okafor,p.okafor@example.org,02140,,volunteer,2026-03-05 09:01:44 UTC,declined,rivera
a1b2-0003,Sam,Chen,sam@example.org,02141,(555) 010-0103,,2026-03-05 11:30:00 UTC,tentative,
a1b2-0004,Ana,Silva,ana.silva@example.org,02139,,,2026-03-06 20:15:00 UTC,needs action,chen
a1b2-0005,Joe,Brown,joe.b@example.org,02139,555 0105,,2026-03-07 08:00:00 UTC,Accepted,
""",
    )
    # 2. EveryAction/VAN "contact history" export: odd headers, survey question columns
    write(
        "van_contact_history.csv",
        """
"VANID","Contact Name","Date Canvassed","Contact Type","Result Short Name","Canvassed By","Input Type","SQ: Volunteer Ask","Notes"
"100201","Lopez, Maria","03/04/2026","Walk","Canvassed","Rivera, Jo","Paper","Yes","call her at 555-0101 after 6"
"100202","Okafor, Peter","03/04/2026","Walk","Not Home","Rivera, Jo","Paper","",""
"100203","Chen, Sam","03/05/2026","Phone","Canvassed","Patel, Dev","VPB","Maybe","sam@example.org wants info"
"100204","Silva, Ana","03/05/2026","Phone","Refused","Patel, Dev","VPB","",""
"100205","Brown, Joe","03/06/2026","Walk","Canvassed","Rivera, Jo","Paper","No",""
""",
    )
    # 3. Google Forms responses: US timestamps, long question headers, trailing empty column
    write(
        "google_form_responses.csv",
        """
Timestamp,Email Address,Your name,Who did you meet? (first name + initial),Date of the 1:1,What did you ask them to do?,What did they say?,Did they show up?,
3/4/2026 14:05:33,jo.rivera@example.org,Jo Rivera,Maria L,3/4/2026,Phone bank Tuesday 6pm at the union hall,Yes,Yes,
3/5/2026 9:12:01,dev.patel@example.org,Dev Patel,Peter O,3/5/2026,Come to a meeting,Maybe,,
3/12/2026 21:40:09,jo.rivera@example.org,Jo Rivera,Sam C,3/11/2026,Host a house party,No,,
3/13/2026 8:00:00,jo.rivera@example.org,Jo Rivera,Ana S,3/13/2026,Canvass Saturday 10am from the library,Yes,No,
""",
    )
    # 4. Airtable grid-view CSV: contract names, linked-record lists in organizer and ask
    write(
        "airtable_meetings.csv",
        """
meeting_id,date,organizer,contact,ask_type,ask_specific,response,showed_up,Tags
rec001,2026-03-04,"Jo Rivera,Dev Patel",C-201,canvass,checked,yes,checked,"tenants,spanish"
rec002,2026-03-05,Jo Rivera,C-202,"canvass,phone_bank",,maybe,,tenants
rec003,2026-03-06,Dev Patel,C-203,phone_bank,checked,no,,
rec004,2026-03-07,Jo Rivera,C-204,attend_event,checked,yes,,
""",
    )
    # 6. Excel "Unicode Text": UTF-16 LE with BOM, tab-separated, CR LF
    write(
        "excel_unicode_text.txt",
        "\n".join(
            line.replace(",", "\t")
            for line in """
meeting_id,date,organizer,contact,ask_type,ask_specific,response,showed_up,notes
U1,2026-03-04,org-1,C-301,canvass,TRUE,yes,TRUE,café on Main — nice chat
U2,2026-03-05,org-1,C-302,phone_bank,FALSE,maybe,,
U3,2026-03-06,org-2,C-303,canvass,TRUE,no,,Zoë asked to call 555-0103
""".strip().split("\n")
        ),
        encoding="utf-16",
        newline="\r\n",
    )
    # 7. European Excel CSV: semicolons, BOM, decimal comma, day-first dates
    write(
        "semicolon_bom.csv",
        """
\ufeffmeeting_id;date;organizer;contact;ask_type;ask_specific;response;showed_up;duration_min
S1;04/03/2026;org-1;C-401;canvass;true;yes;true;30,0
S2;05/03/2026;org-1;C-402;phone_bank;false;maybe;;45
S3;2026-03-06;org-2;C-403;canvass;true;no;;20,5
""",
    )
    # 8. Windows-1252 export: smart quotes in ask_type and notes, an en dash
    write(
        "cp1252_quotes.csv",
        "\n".join(
            [
                CONTRACT,
                "W1,2026-03-04,org-1,C-501,canvass,true,yes,true,\u201cgreat\u201d talk \u2013 call back",
                "W2,2026-03-05,org-1,C-502,\u201cphone bank\u201d,true,maybe,,",
                "W3,2026-03-06,org-2,C-503,canvass,true,no,,Maria\u2019s neighbour",
            ]
        ),
        encoding="cp1252",
        newline="\r\n",
    )
    # 9. dates mixed: ISO and day-first slashed in one column
    write(
        "mixed_dates.csv",
        "\n".join(
            [
                CONTRACT,
                "D1,2026-03-04,org-1,C-601,canvass,true,yes,true,",
                "D2,04/03/2026,org-1,C-602,canvass,true,yes,false,",
                "D3,13/03/2026,org-2,C-603,phone_bank,false,maybe,,",
                "D4,3/14/2026,org-2,C-604,phone_bank,false,no,,",
            ]
        ),
    )
    # 10. the same meetings pasted twice (exact duplicate rows)
    rows = [
        "R1,2026-03-04,org-1,C-701,canvass,true,yes,true,",
        "R2,2026-03-05,org-1,C-702,canvass,true,no,,",
    ]
    write("duplicated_rows.csv", "\n".join([CONTRACT, *rows, *rows, rows[0]]))
    # 11. phones and e-mails in the notes and in an extra "Comments" column
    write(
        "personal_in_notes.csv",
        """
meeting_id,date,organizer,contact,ask_type,ask_specific,response,showed_up,notes,Comments
P1,2026-03-04,org-1,C-801,canvass,true,yes,true,Maria Lopez 555-0101,text her at +1 617 555 0101
P2,2026-03-05,org-1,C-802,canvass,true,maybe,,peter.okafor@example.org,email peter.okafor@example.org
P3,2026-03-06,org-2,C-803,phone_bank,true,no,,,"ask Sam Chen, 617.555.0103"
""",
    )
    # 12. a note typed across two cells (Google Sheets spreads text over the next cell)
    write(
        "note_over_two_cells.csv",
        "\n".join(
            [
                CONTRACT,
                "N1,2026-03-04,org-1,C-901,canvass,true,yes,true,",
                "Week 2,call Maria back Monday,,,,,,,",
                "N2,2026-03-11,org-1,C-902,canvass,true,no,,",
                ",,,,Week 3 -,Peter Okafor on holiday,,,",
            ]
        ),
    )
    # 13. VAN event participants CSV (signups), names and a phone column, US dates
    write(
        "van_event_participants.csv",
        """
Event Signup ID,VANID,Last Name,First Name,Home Phone,Event Date,Event Type,Status,Recruited By,Date Signed Up
55001,100201,Lopez,Maria,555-0101,3/14/2026,Phone Bank,Scheduled,"Rivera, Jo",3/4/2026
55002,100202,Okafor,Peter,,3/14/2026,Phone Bank,No Show,"Rivera, Jo",3/4/2026
55003,100203,Chen,Sam,555-0103,3/21/2026,Canvass,Completed,"Patel, Dev",3/5/2026
55004,100204,Silva,Ana,,3/21/2026,Canvass,Conf Twice,"Patel, Dev",3/6/2026
""",
    )


def write_xlsx() -> None:
    """5. An Excel workbook: a summary sheet first, merged title cells, a totals row."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    summary["A1"] = "Spring 1:1s - Team Riverside (synthetic)"
    summary.merge_cells("A1:D1")
    summary.append(["organizer", "meetings", "yes"])
    summary.append(["Jo Rivera", 3, 2])
    sheet = book.create_sheet("Meetings")
    sheet["A1"] = "Spring 1:1s (synthetic)"
    sheet.merge_cells("A1:H1")
    sheet.append(CONTRACT.split(",")[:-1])
    sheet.append(["X1", "2026-03-04", "org-1", "C-101", "canvass", True, "yes", True])
    sheet.append(["X2", "2026-03-05", "org-1", "C-102", "phone_bank", False, "maybe", None])
    sheet.append(["X3", "2026-03-06", "org-2", "C-103", "canvass", True, "no", None])
    sheet.append(["Total", None, None, None, None, None, "=COUNTA(G3:G5)", None])
    book.save(HERE / "two_sheets_totals.xlsx")
    # the same workbook with the meetings first, as most teams keep it
    book.move_sheet("Meetings", offset=-1)
    book.active = 0
    book.save(HERE / "meetings_first_totals.xlsx")


if __name__ == "__main__":
    main()
    write_xlsx()
