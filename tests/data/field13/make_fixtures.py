"""Write the session-13 field fixtures: synthetic exports as teams hand them to a trainer.

Every person, id, phone number (555-01xx) and e-mail address (example.org) here is made
up; no row describes a real person. Run ``python tests/data/field13/make_fixtures.py`` to
rewrite the files; the tests read the written files, so a change here shows in
``git diff``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
LOG = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"


def write(name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    """Write ``text`` (lines joined by ``newline``) in ``encoding``."""
    data = newline.join(text.strip("\n").split("\n")) + newline
    (HERE / name).write_bytes(data.encode(encoding))


def main() -> None:
    """Write every fixture."""
    # 1. VAN contact history, as a committee's VAN names it: other column names, an ISO
    #    time after the date, a two-digit year (Excel's US short date), a blank answer
    write(
        "van_contact_history.csv",
        """
Voter File VANID,Last Name,First Name,Date Canvassed,Contact Type,Result,Canvassed By,Volunteer Ask,Notes
100401,Lopez,Maria,2026-03-04 14:22:10,Phone,Canvassed,org-3,Yes,call back 555-0120
100402,Okafor,Peter,2026-03-04 14:40:00,Phone,Not Home,org-3,,
100403,Chen,Sam,3/5/26,Walk,Canvassed,org-4,Maybe,
100404,Silva,Ana,2026-03-06,Walk,Refused,org-4,No,
100405,Ruiz,Jo,2026-03-06,Walk,Canvassed,org-4,,
100406,Park,Cy,2026-03-07,Phone,Canvassed,org-3,Will volunteer,
""",
    )
    # 2. Mobilize attendances: every status Mobilize writes (upper case, and as typed in a
    #    re-saved sheet), attended as TRUE/FALSE/null, a non-breaking space in a header,
    #    trailing empty rows
    write(
        "mobilize_statuses.csv",
        """
id,person.user_id,Email,event.event_type,timeslot.start_date,Attendance\u00a0Status,attended,created_date
88001,6601,ana@example.org,CANVASS,2026-03-14 10:00,CONFIRMED,TRUE,2026-03-02
88002,6602,ben@example.org,CANVASS,2026-03-14 10:00,CANCELLED,,2026-03-02
88003,6603,cy@example.org,PHONE_BANK,2026-03-17 18:00,NO_SHOW,,2026-03-03
88004,6604,di@example.org,PHONE_BANK,2026-03-17 18:00,Attended,,2026-03-03
88005,6605,ed@example.org,CANVASS,2026-03-21 10:00,REGISTERED,null,2026-03-04
88006,6606,fay@example.org,CANVASS,2026-03-21 10:00,WAITLISTED,,2026-03-04
88007,6607,gus@example.org,CANVASS,2026-03-21 10:00,,,2026-03-05
88008,6608,hal@example.org,CANVASS,2026-03-21 10:00,CANCELLED,TRUE,2026-03-05
,,,,,,,
,,,,,,,
""",
    )
    # 3. Action Network attendees: UTF-8 with a BOM, semicolons (a European Excel re-save),
    #    CR LF, no status for one row, an accented organizer
    write(
        "action_network_semicolon.csv",
        """
identifiers;first_name;last_name;email;zip_code;status;created_date;start_date;referrer
action_network:a1;Léa;Martin;lea@example.org;75011;accepted;2026-03-01 18:03:11 UTC;2026-03-14;org-é1
action_network:a2;Noé;Petit;noe@example.org;69002;tentative;2026-03-02 09:15:00 UTC;2026-03-14;org-é1
action_network:a3;Zoë;Roux;zoe@example.org;13001;declined;2026-03-02 10:00:00 UTC;2026-03-14;org-2
action_network:a4;Inès;Blanc;ines@example.org;31000;;2026-03-03 11:30:00 UTC;2026-03-14;org-2
action_network:a5;Éric;Moreau;eric@example.org;44000;needs action;2026-03-03 12:00:00 UTC;2026-03-14;org-2
""",
        encoding="utf-8-sig",
        newline="\r\n",
    )
    # 4. A Google Form in German: "Zeitstempel" timestamps as German Sheets writes them
    #    (07.03.2026 14:22:05), answers Ja / Nein / Vielleicht, the respondent's e-mail
    write(
        "google_form_german.csv",
        """
Zeitstempel,E-Mail-Adresse,Datum des Gesprächs,Dein Name,Mit wem?,Was hast du gefragt?,Konkrete Bitte?,Antwort
07.03.2026 14:22:05,lea@example.org,06.03.2026,Lea,K-01,Canvass,Ja,Ja
07.03.2026 15:01:44,lea@example.org,06.03.2026,Lea,K-02,Phone bank,Nein,Vielleicht
09.03.2026 09:12:00,tom@example.org,08.03.2026,Tom,K-03,Canvass,Ja,Nein
12.03.2026 20:45:31,tom@example.org,13.03.2026,Tom,K-04,Canvass,Ja,Ja
""",
    )
    # 5. The log's own columns, saved from a French spreadsheet: day-first slashed dates with
    #    the time Google Forms adds (07/03/2026 14:22:05)
    write(
        "french_timestamps_log.csv",
        f"""
{LOG}
f1,07/03/2026 14:22:05,org-1,C-01,canvass,true,yes
f2,13/03/2026 09:00:00,org-1,C-02,phone_bank,false,maybe
f3,02/03/2026,org-2,C-03,canvass,true,no
""",
    )
    # 6. A log with trailing empty rows: commas only, whitespace only, blank lines
    write(
        "trailing_blank_rows.csv",
        f"""
{LOG}
t1,2026-03-02,org-1,C-01,canvass,true,yes
t2,2026-03-03,org-1,C-02,canvass,true,no
,,,,,,
  , ,,,,,
,,,,,,

""",
    )
    # 7. A log whose header names a column twice (response, then "Response " added later)
    write(
        "duplicated_header.csv",
        f"""
{LOG},Response
d1,2026-03-02,org-1,C-01,canvass,true,yes,no
d2,2026-03-03,org-1,C-02,canvass,true,no,no
""",
    )
    # 8. A team sheet in Spanish: its own column names, Sí / No / Tal vez, day-first dates
    write(
        "spanish_columns.csv",
        """
ID reunión,Fecha,Organizador/a,Contacto,Tipo de petición,Petición concreta,Respuesta,¿Asistió?
R-1,14/03/2026,org-1,C-01,Canvass,Sí,Sí,Sí
R-2,15/03/2026,org-1,C-02,Phone bank,No,Tal vez,
R-3,02/03/2026,org-2,C-03,Canvass,Sí,No,
R-4,16/03/2026,org-2,C-04,Canvass,Sí,Quizás sí,
""",
    )
    # 9. A tracking sheet from Windows Excel: Windows-1252, CR LF, a name with accents,
    #    typographic quotes and an en dash in the commitment
    write(
        "tracking_cp1252.csv",
        """
Organiser,Contact ID,Contact Name,Meeting Date,Purpose,Commitment Asked (Y/N),Commitment Made (Y/N),Commitment,Story Shared (Y/N)
José Núñez,C-901,Zoë Brontë,2026-03-02,Get to know,Y,Y,“Phone bank Tuesday 6pm at the union hall”,Y
José Núñez,C-902,Renée Côté,2026-03-03,Get to know,Y,N,Canvass – Saturday 10am from the library,N
Ana Peña,C-903,Chloé Faÿ,2026-03-04,Check in,Y,Y,Host a house party,Y
""",
        encoding="cp1252",
        newline="\r\n",
    )
    # 10. The log saved from pandas/Excel: midnight times after dates, ids as floats,
    #     booleans TRUE/FALSE, minutes as 30.0
    write(
        "excel_midnight_times.csv",
        f"""
{LOG},duration_min
1001.0,2026-03-02 00:00:00,org-1,C-01,canvass,TRUE,yes,30.0
1002.0,2026-03-03 00:00:00,org-1,C-02,canvass,FALSE,no,45.0
1003.0,2026-03-04 13:30:00,org-2,C-03,canvass,TRUE,maybe,20.0
""",
    )
    # 11. VAN event participants: two-digit years (Excel's 3/14/26), a status VAN does not
    #     have, a Left Msg
    write(
        "van_two_digit_years.csv",
        """
Event Signup ID,VANID,Event Type,Status,Date Created,Event Date,Recruited By
57001,100501,Canvass,Scheduled,3/4/26,3/14/26,org-7
57002,100502,Canvass,Completed,3/4/26,3/14/26,org-7
57003,100503,Phone Bank,Tentative,3/5/26,3/17/26,org-8
57004,100504,Phone Bank,Left Msg,3/5/26,3/17/26,org-8
""",
    )
    # 12. Airtable grid view: a linked-record "Organizer" field (one or two records), a
    #     near miss ("Lopez, Maria": a surname then a first name, never a record alone)
    write(
        "airtable_linked_organizers.csv",
        """
Meeting,Date,Organizer,Contact,Asks,Specific ask,Response
rec1A1,2026-03-02,org-1,C-701,Canvass,checked,Yes
rec1A2,2026-03-03,org-2,C-702,Phone bank,,Yes
rec1A3,2026-03-04,"org-1, org-2",C-703,Canvass,checked,Maybe
rec1A4,2026-03-05,"Lopez, Maria",C-704,Canvass,checked,Yes
rec1A5,2026-03-06,org-2,C-705,Canvass,checked,No
""",
    )
    # 13. Excel's "Text (Tab delimited)" from an old Mac: Windows-1252, lone CR line ends
    write(
        "mac_tab_cr.txt",
        "\n".join(
            line.replace(",", "\t")
            for line in f"""
{LOG},notes
m1,2026-03-02,org-1,C-01,canvass,true,yes,Café meeting
m2,2026-03-03,org-1,C-02,canvass,true,no,
""".strip("\n").split("\n")
        ),
        encoding="cp1252",
        newline="\r",
    )
    # 14. Mobilize API JSON: a record with a null person and one with no timeslot
    write(
        "mobilize_nulls.json",
        """
{"data": [
 {"id": 99001, "person": {"user_id": 7701}, "event": {"event_type": "CANVASS"},
  "timeslot": {"start_date": 1773496800}, "status": "CONFIRMED", "attended": true,
  "created_date": 1772460000},
 {"id": 99002, "person": null, "event": {"event_type": "CANVASS"},
  "timeslot": {"start_date": 1773496800}, "status": "CONFIRMED", "attended": null,
  "created_date": 1772460000},
 {"id": 99003, "person": {"user_id": 7703}, "event": {"event_type": "PHONE_BANK"},
  "timeslot": null, "status": "REGISTERED", "attended": null, "created_date": 1772546400}
]}
""",
    )
    write_xlsx()


def write_xlsx() -> None:
    """Workbooks: a sheet per organizer (titled with a name), a summary first, totals."""
    from openpyxl import Workbook

    rows = [
        ("s1", "2026-03-02", "org-1", "C-01", "canvass", "true", "yes"),
        ("s2", "2026-03-03", "org-1", "C-02", "canvass", "true", "no"),
    ]
    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Organizer", "Meetings"])
    summary.append(["org-1", 2])
    summary.append(["org-2", 1])
    maria = book.create_sheet("Maria Lopez")
    maria.append(LOG.split(","))
    for row in rows:
        maria.append(list(row))
    maria.append(["TOTAL", None, None, None, None, None, None])
    ben = book.create_sheet("Ben Okafor")
    ben.append(LOG.split(","))
    ben.append(["s3", "2026-03-04", "org-2", "C-03", "phone_bank", "false", "maybe"])
    ben.append([None, "Total:", None, None, None, None, 1])
    book.save(HERE / "sheet_per_organizer.xlsx")

    # the log on its second sheet, day-first slashed dates, and an attendance export
    team = Workbook()
    team.active.title = "Read me"
    team.active.append(["The team's 1:1s are on the next sheet."])
    log = team.create_sheet("March")
    log.append([*LOG.split(","), "event_date"])
    log.append(["w1", "03/02/2026", "org-1", "6601", "canvass", "true", "yes", "2026-03-14"])
    log.append(["w2", "25/02/2026", "org-1", "6603", "phone_bank", "true", "yes", "2026-03-17"])
    log.append(["w3", "04/03/2026", "org-2", "6699", "canvass", "true", "yes", "2026-03-21"])
    team.save(HERE / "team_log_second_sheet.xlsx")


if __name__ == "__main__":
    main()
