import QuorumContent

/// `meetings.ics`: every meeting as an iCalendar event (RFC 5545) in Europe/London time.
extension SiteGraph {
    func meetingCalendar() -> SiteFile {
        let host = SiteGraph.host(of: config.baseURL)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quorum//Board meetings//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarText.escape("\(config.title) meetings"), "X-WR-TIMEZONE:Europe/London",
        ]
        lines += SiteGraph.londonTimeZone
        for index in meetingsByDate {
            let page = pages[index].page
            guard let meeting = page.meeting, let date = page.date else { continue }
            let slug = page.url.split(separator: "/").last.map(String.init) ?? page.url
            lines += ["BEGIN:VEVENT", "UID:\(slug)@\(host)", "DTSTAMP:\(SiteGraph.compact(date))T000000Z"]
            if let time = meeting.time {
                lines.append("DTSTART;TZID=Europe/London:\(SiteGraph.compact(date))T\(time.filter { $0 != ":" })00")
                if let end = meeting.endTime {
                    lines.append("DTEND;TZID=Europe/London:\(SiteGraph.compact(date))T\(end.filter { $0 != ":" })00")
                } else {
                    lines.append("DURATION:PT2H")
                }
            } else {
                lines.append("DTSTART;VALUE=DATE:\(SiteGraph.compact(date))")
            }
            lines.append("SUMMARY:" + ICalendarText.escape(page.title))
            if let venue = meeting.venue { lines.append("LOCATION:" + ICalendarText.escape(venue)) }
            lines.append("URL:" + absoluteURL(page.url))
            let agenda = meeting.agenda.map { "\($0.number). \($0.title)" }.joined(separator: "\n")
            lines.append("DESCRIPTION:" + ICalendarText.escape(agenda.isEmpty ? rendered(index).summary : "Agenda:\n" + agenda))
            lines.append("STATUS:CONFIRMED")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return SiteFile(path: "meetings/meetings.ics", text: lines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n")
    }

    func rendered(_ index: Int) -> RenderedPage { pages[index] }

    static func compact(_ date: DayDate) -> String { date.iso.filter { $0 != "-" } }

    static func host(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "quorum.invalid" }
        let rest = baseURL[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != ":" }
        return host.isEmpty ? "quorum.invalid" : String(host)
    }

    /// UK time: GMT in winter, BST from the last Sunday of March to the last Sunday of October.
    static let londonTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]
}

/// RFC 5545 text values: escaped, and lines folded at 75 octets.
enum ICalendarText {
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds a content line so no line is longer than 75 octets, never splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var parts: [String] = []
        var current = ""
        var size = 0
        for c in line {
            let width = String(c).utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if size + width > limit {
                parts.append(current)
                current = ""
                size = 0
            }
            current.append(c)
            size += width
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}

import Foundation
