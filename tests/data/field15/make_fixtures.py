"""Write the session-15 field fixtures: synthetic exports shaped as teams' tools write them.

SYNTHETIC: every person, id, phone number (555-01xx) and e-mail address (example.org)
here is made up; no row describes a real person. The column names follow each tool's
export as far as we know it (our imitation, not a copy of a real export). Run
``.venv/bin/python tests/data/field15/make_fixtures.py`` to rewrite the files; the tests
read the written files, so a change here shows in ``git diff``. The 10,000-row log is
not kept in the repository: ``big_log_text`` writes it where a test asks.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
LOG = "meeting_id,date,organizer,contact,ask_type,ask_specific,response"


def write(name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    """Write ``text`` (lines joined by ``newline``) in ``encoding``."""
    data = newline.join(text.strip("\n").split("\n")) + newline
    (HERE / name).write_bytes(data.encode(encoding))


def big_log_text(rows: int = 10_000) -> str:
    """A clean log of ``rows`` meetings with three bad rows (an ambiguous month word,
    a response that is a name, a duplicate id), every other row valid; dates are
    ISO, French and German month words in turn."""
    months = ["2026-03-{:02d}", "{} mars 2026", "{}. März 2026"]
    lines = [LOG]
    for i in range(rows):
        day = i % 28 + 1
        date = months[i % 3].format(day) if i % 3 else months[0].format(day)
        response = ("yes", "maybe", "no")[i % 3]
        lines.append(f"m{i:05d},{date},org-{i % 40},c{i:05d},canvass,true,{response}")
    lines[2001] = "m02000,5 jui 2026,org-0,c02000,canvass,true,yes"  # June or July?
    lines[5001] = "m05000,2026-03-05,org-0,c05000,canvass,true,Maria Lopez"
    lines[9001] = "m00007,2026-03-06,org-1,c09000,canvass,true,yes"  # id used in row 9
    return "\n".join(lines) + "\n"


def write_book(path: Path, sheets: dict[str, list[list]], merged: dict[str, list[str]] = None):
    """A synthetic workbook at ``path``: one sheet per entry, rows as given, cells merged
    as ``merged`` says (per sheet, ranges such as ``"A1:G1"``). Returns ``path``."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merged or {}).get(title, []):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def _xlsx(name: str, sheets: dict[str, list[list]], merged: dict[str, list[str]] = None):
    write_book(HERE / name, sheets, merged)


def main() -> None:
    """Write every fixture."""
    # 1. NationBuilder people export: its snake_case columns, tag_list, and the nation's
    #    custom fields for the 1:1 (a French-speaking nation: dates as "12 mars 2026")
    write(
        "nationbuilder_people.csv",
        """
nationbuilder_id,first_name,last_name,email,phone_number,tag_list,created_at,point_person_id,one_on_one_date,one_on_one_ask,one_on_one_response
2201,Léa,Dubois,lea@example.org,555-0101,"volunteer, 1on1",2026-02-01T10:00:00-05:00,31,12 mars 2026,Phone bank,Oui
2202,Marc,Petit,marc@example.org,555-0102,1on1,2026-02-01T10:05:00-05:00,31,13 mars 2026,Canvass,Non
2203,Zoë,Martin,zoe@example.org,555-0103,1on1,2026-02-02T11:00:00-05:00,32,jeu. 19 mars 2026,Canvass,Peut-être
2204,Hugo,Roux,,555-0104,,2026-02-02T11:10:00-05:00,32,5 jui 2026,Phone bank,Oui
2205,Inès,Faure,ines@example.org,,1on1,2026-02-03T09:00:00-05:00,31,1er avril 2026,Host house party,Oui
""",
    )
    write(
        "nationbuilder_map.yaml",
        """
# SYNTHETIC mapping a trainer would write for nationbuilder_people.csv
columns:
  meeting_id: nationbuilder_id
  date: one_on_one_date
  organizer: point_person_id
  contact: nationbuilder_id
  ask_type: one_on_one_ask
  response: one_on_one_response
values:
  response: {"Oui": yes, "Non": no, "Peut-être": maybe}
constants:
  ask_specific: true
""",
    )
    # 2. Action Network activist report (a form's answers as custom fields), Spanish
    #    speaking group: "3 de marzo de 2026", "Sí"
    write(
        "action_network_activists.csv",
        """
first_name,last_name,email,zip_code,can2_phone,can2_user_tags,created_at,uuid,Fecha del 1:1,Organizador,Pedido,Respuesta
Ana,Peña,ana@example.org,10001,555-0111,,2026-03-03 18:02:11 UTC,an-7f01,3 de marzo de 2026,org-1,canvass,Sí
José,Núñez,jose@example.org,10002,555-0112,vol,2026-03-04 18:02:11 UTC,an-7f02,4 mar. 2026,org-1,phone_bank,No
Eva,Ruiz,eva@example.org,10003,,vol,2026-03-05 18:02:11 UTC,an-7f03,miércoles 5 de marzo de 2026,org-2,canvass,Tal vez
Luz,Soto,luz@example.org,10004,,,2026-03-06 18:02:11 UTC,an-7f04,31 de febrero de 2026,org-2,canvass,Sí
""",
    )
    write(
        "action_network_map.yaml",
        """
# SYNTHETIC mapping for action_network_activists.csv
columns:
  meeting_id: uuid
  date: Fecha del 1:1
  organizer: Organizador
  contact: uuid
  ask_type: Pedido
  response: Respuesta
values:
  response: {"Sí": yes, "No": no, "Tal vez": maybe}
constants:
  ask_specific: false
""",
    )
    # 3. EveryAction contact history (VAN's names), a German committee's export:
    #    "5. März 2026", Excel's "07-Mär-26"? no: English 05-Mar-26, and Not Home
    write(
        "everyaction_contact_history.csv",
        """
VANID,Last Name,First Name,Date Canvassed,Contact Type,Result Short Name,Canvassed By,Volunteer Ask
300501,Weber,Jonas,5. März 2026,Phone,Canvassed,org-7,Yes
300502,Schulz,Mia,06-Mar-26,Phone,Not Home,org-7,
300503,Becker,Ben,Do 12. März 2026,Walk,Canvassed,org-8,Maybe
300504,Wolf,Lena,7 Jan. 2026,Walk,Canvassed,org-8,No
300505,Koch,Emil,7 janv. 2026,Walk,Canvassed,org-8,Yes
""",
    )
    # 4. Mobilize attendance CSV, events in several time zones, attendance written as
    #    words ("Did not attend"), a status Mobilize's export spells DID_NOT_ATTEND
    write(
        "mobilize_attendance_tz.csv",
        """
id,User ID,First name,Last name,Email,Event Type,Timeslot Start,Attendance Status,Attended,Created Date
77001,8801,Sam,Tate,sam@example.org,CANVASS,2026-03-14T10:00:00-07:00,CONFIRMED,Attended,2026-03-01T23:30:00-08:00
77002,8802,Tia,Uhl,tia@example.org,CANVASS,2026-03-14T10:00:00-07:00,CONFIRMED,Did not attend,2026-03-02T09:00:00-08:00
77003,8803,Uma,Vo,uma@example.org,PHONE_BANK,2026-03-15T18:00:00+01:00,REGISTERED,,2026-03-03T00:15:00+01:00
77004,8804,Vic,Wu,vic@example.org,PHONE_BANK,2026-03-15T18:00:00+01:00,DID_NOT_ATTEND,,2026-03-03T08:00:00+01:00
77005,8805,Wes,Xu,wes@example.org,CANVASS,2026-03-21T10:00:00-04:00,CANCELLED,Did not attend,2026-03-04T12:00:00-04:00
77006,8806,Xia,Yu,xia@example.org,CANVASS,2026-03-21T10:00:00-04:00,CONFIRMED,maybe,2026-03-04T12:00:00-04:00
""",
    )
    # 5. A Google Sheet exported as CSV: a title row, a row grouping the columns (merged
    #    header cells in the sheet, written once then empty), Spanish month words
    write(
        "google_sheet_title_grouped.csv",
        """
Registro de 1:1 - Equipo Norte,,,,,,
Reunión,,,,El pedido,,Resultado
meeting_id,date,organizer,contact,ask_type,ask_specific,response
n1,3 de marzo de 2026,org-1,c1,canvass,TRUE,yes
n2,4 de marzo de 2026,org-1,c2,phone_bank,FALSE,no
n3,5 mar 2026,org-2,c3,canvass,TRUE,maybe
,,,,,,
""",
    )
    # 6. The same as a workbook: title merged over the columns, group cells merged
    _xlsx(
        "google_sheet_merged_header.xlsx",
        {
            "Equipo Norte": [
                ["Registro de 1:1 - Equipo Norte"],
                [],
                ["Reunión", None, None, None, "El pedido", None, "Resultado"],
                [
                    "meeting_id",
                    "date",
                    "organizer",
                    "contact",
                    "ask_type",
                    "ask_specific",
                    "response",
                ],
                ["n1", "3 de marzo de 2026", "org-1", "c1", "canvass", True, "yes"],
                ["n2", "4 de marzo de 2026", "org-1", "c2", "phone_bank", False, "no"],
                ["n3", "5 mar 2026", "org-2", "c3", "canvass", True, "Maybe"],
            ]
        },
        merged={"Equipo Norte": ["A1:G1", "A3:D3", "E3:F3"]},
    )
    # 7. Excel "Unicode Text": UTF-16 with a byte-order mark, tabs, Portuguese months
    write(
        "excel_unicode_text.txt",
        "\n".join(
            line.replace(",", "\t")
            for line in f"""
{LOG}
p1,3 de março de 2026,org-1,c1,canvass,true,yes
p2,quinta-feira 5 de março de 2026,org-1,c2,canvass,true,no
p3,8 out. 2025,org-2,c3,phone_bank,false,maybe
""".strip("\n").split("\n")
        ),
        encoding="utf-16",
        newline="\r\n",
    )
    # 8. Excel "CSV (Comma delimited)" in a French locale: Windows-1252, semicolons,
    #    CR LF, accented months (févr., déc.), one "décembre" with a weekday
    write(
        "excel_cp1252_semicolons.csv",
        "\n".join(
            line.replace(",", ";")
            for line in f"""
{LOG}
f1,3 févr. 2026,org-1,c1,canvass,vrai,yes
f2,lundi 8 déc. 2025,org-1,c2,canvass,true,no
f3,12 décembre 2025,org-2,c3,phone_bank,false,maybe
""".strip("\n").split("\n")
        ),
        encoding="cp1252",
        newline="\r\n",
    )
    # 9. Excel "CSV UTF-8": a byte-order mark, Italian and Dutch months
    write(
        "excel_utf8_bom_it_nl.csv",
        f"""
{LOG}
i1,giovedì 5 marzo 2026,org-1,c1,canvass,true,yes
i2,12 ott 2025,org-1,c2,canvass,true,no
d1,5 maart 2026,org-2,c3,canvass,true,maybe
d2,5 mrt 2026,org-2,c4,canvass,true,yes
d3,donderdag 5 mei 2026,org-2,c5,canvass,true,yes
""",
        encoding="utf-8-sig",
        newline="\r\n",
    )
    # 10. A workbook with a sheet per month: a "Read me" first, columns in another order
    #     on one sheet, a title row above another, an extra column, one id in two sheets
    _xlsx(
        "months_workbook.xlsx",
        {
            "Read me": [["One sheet per month. Write dates as you like."], ["Do not sort."]],
            "March": [
                LOG.split(","),
                ["m1", "2026-03-02", "org-1", "c1", "canvass", "true", "yes"],
                ["m2", "3 mars 2026", "org-1", "c2", "canvass", "true", "perhaps"],
            ],
            "April": [
                ["April 1:1s (Team Riverside)"],
                [],
                [
                    "response",
                    "date",
                    "meeting_id",
                    "contact",
                    "organizer",
                    "ask_type",
                    "ask_specific",
                    "Venue",
                ],
                ["no", "2. April 2026", "m3", "c3", "org-2", "phone_bank", "false", "hall"],
                ["yes", "2026-04-03", "m1", "c1", "org-1", "canvass", "true", "hall"],
                ["maybe", "7 abr 2026", "m4", "c4", "org-2", "canvass", "true", "cafe"],
            ],
            "May": [],
        },
    )
    # 11. A workbook with a sheet per organizer (titles are names) where one sheet
    #     lacks the organizer column: refused by name, with the way out
    _xlsx(
        "organizers_workbook.xlsx",
        {
            "Maria Lopez": [
                LOG.split(","),
                ["a1", "2026-03-02", "org-1", "c1", "canvass", "true", "yes"],
            ],
            "Peter Okafor": [
                ["meeting_id", "date", "contact", "ask_type", "ask_specific", "response"],
                ["b1", "2026-03-03", "c2", "canvass", "true", "no"],
            ],
        },
    )
    # 12. A log with dates in every language read, and the ones refused: an ambiguous
    #     month word, a two-letter one, a name where the month goes, a day February lacks
    write(
        "multilingual_dates.csv",
        f"""
{LOG}
x1,12 mars 2026,org-1,c1,canvass,true,yes
x2,3 de marzo de 2026,org-1,c2,canvass,true,no
x3,5. März 2026,org-1,c3,canvass,true,maybe
x4,7 Jan. 2026,org-2,c4,canvass,true,yes
x5,7 janv. 2026,org-2,c5,canvass,true,yes
x6,giovedì 5 marzo 2026,org-2,c6,canvass,true,no
x7,5 maart 2026,org-2,c7,canvass,true,yes
x8,3 de março de 2026,org-2,c8,canvass,true,yes
x9,5 jui 2026,org-3,c9,canvass,true,yes
x10,5 ma 2026,org-3,c10,canvass,true,yes
x11,5 Maria 2026,org-3,c11,canvass,true,yes
x12,31 févr. 2026,org-3,c12,canvass,true,yes
""",
    )


if __name__ == "__main__":
    main()
