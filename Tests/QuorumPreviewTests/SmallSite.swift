/// A small board site written out in full, so a test can see every file it edits:
/// two meetings, two bulletins, a newsletter, a two-chapter report with a chart, a page and the registries.
enum SmallSite {
    static let files: [String: String] = [
        "content/site.yaml": #"""
            title: Test Safeguarding Board
            base_url: https://example.org/
            language: en-GB
            reporting_year_start: 4
            boards:
              - name: Test Safeguarding Board
                code: TSB
            contact: {email: tsb@example.org}

            """#,
        "content/members.yaml": #"""
            - initials: SH
              name: Sally Halls
              role: Independent Chair
              boards: [TSB]
            - initials: AB
              name: Alex Brown
              role: Business Manager
              boards: [TSB]

            """#,
        "content/glossary.yaml": #"""
            LADO: Local Authority Designated Officer
            EHA: early help assessment
            TUSK: Things You Should Know

            """#,
        "content/meetings/_index.md": #"""
            ---
            title: Meetings
            summary: "Agendas and minutes of the Board."
            ---

            The Board meets four times a year.

            """#,
        "content/meetings/2018-10-18-tsb.md": #"""
            ---
            title: "Test Safeguarding Board: 18 October 2018"
            board: TSB
            date: 2018-10-18
            time: "09:30"
            venue: "County Hall, Taunton"
            chair: SH
            status: approved minutes
            summary: "Neglect, county lines and the annual report."
            tags: [neglect, county lines]
            present: [SH, AB]
            agenda:
              - number: "1"
                title: Welcome and apologies
              - number: "2"
                title: Neglect
            actions:
              - id: "TSB 1819_01"
                item: "2"
                text: Share the neglect toolkit with schools
                owner: AB
                due: 2018-12-01
                status: open
            ---

            ## 1. Welcome and apologies

            The Chair welcomed members.

            ## 2. Neglect

            The LADO reported on allegations. Members discussed the EHA form.

            """#,
        "content/meetings/2019-01-24-tsb.md": #"""
            ---
            title: "Test Safeguarding Board: 24 January 2019"
            board: TSB
            date: 2019-01-24
            time: "09:30"
            chair: SH
            status: agenda
            summary: "Agenda: early help."
            ---

            """#,
        "content/bulletins/_index.md": #"""
            ---
            title: TUSK learning bulletins
            summary: "Things You Should Know, the monthly learning bulletin."
            ---

            TUSK is the Board's monthly learning bulletin. Please share each issue with your team.

            """#,
        "content/bulletins/2018-11-tusk-42.md": #"""
            ---
            title: "TUSK 42: exploitation"
            issue: 42
            month: "2018-11"
            summary: "County lines and children who go missing."
            tags: [TUSK, county lines]
            ---

            Child exploitation is one of the Board's priorities.

            ## County lines

            Schools have a part to play. Read the [notes of the meeting](../meetings/2018-10-18-tsb.md).

            """#,
        "content/bulletins/2018-12-tusk-43.md": #"""
            ---
            title: "TUSK 43: neglect"
            issue: 43
            month: "2018-12"
            tags: [TUSK, neglect]
            ---

            Neglect is still recognised too late.

            ## The toolkit

            Use the toolkit described in the [annual report](../reports/annual-2017-18/02-neglect.md#what-we-found).

            """#,
        "content/newsletters/2018-11-autumn.md": #"""
            ---
            title: Autumn newsletter
            date: 2018-11-15
            summary: "News from the autumn."
            ---

            News from the Board.

            """#,
        "content/reports/annual-2017-18/index.md": #"""
            ---
            title: "Annual Report 2017/18"
            date: 2018-10-31
            year: "2017/18"
            summary: "How the Board worked in 2017/18."
            tags: [annual report, neglect]
            chapters:
              - 01-foreword.md
              - 02-neglect.md
            ---

            The Board's report for 2017/18.

            """#,
        "content/reports/annual-2017-18/01-foreword.md": #"""
            ---
            title: Foreword
            number: 1
            ---

            This year the Board focused on neglect; see [what we found](02-neglect.md#what-we-found).

            """#,
        "content/reports/annual-2017-18/02-neglect.md": #"""
            ---
            title: "Priority: Neglect"
            number: 2
            summary: "Neglect is identified too late."
            ---

            ## What we found

            ```chart
            type: bar
            title: Child protection rate per 10,000 children, 31 March 2018
            data: cp-rate.csv
            x: area
            y: rate
            ```

            """#,
        "content/data/cp-rate.csv": #"""
            area,rate
            Somerset,37.7
            England,43.3

            """#,
        "content/data/cp-rate.meta.yaml": #"""
            title: Child protection rate per 10,000 children
            source: LA return, 31 March 2018
            columns:
              area: {label: Area}
              rate: {label: "Rate per 10,000", format: number, decimals: 1}

            """#,
        "content/pages/about.md": #"""
            ---
            title: About the Board
            summary: "What the Board is."
            ---

            The Board brings agencies together.

            """#,
    ]
}
