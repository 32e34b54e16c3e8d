import QuorumBlocks
import QuorumContent

extension SiteGraph {
    func reportContext(_ index: Int) -> [String: Any] {
        let page = pages[index].page
        var context: [String: Any] = ["year": page.report?.year ?? ""]
        if let structure = reports[index] {
            context["chapters"] = structure.chapters.map(chapterItem)
            context["appendices"] = structure.appendices.map(chapterItem)
            context["has_chapters"] = !structure.chapters.isEmpty
            context["has_appendices"] = !structure.appendices.isEmpty
            if let first = structure.readingOrder.first {
                context["first"] = ["title": pages[first].page.title, "url": link(pages[first].page.url)]
            }
        }
        let figures: [[String: Any]] = (page.report?.keyFigures ?? []).map { figure in
            ["value": FigureTiles.value(figure), "label": figure.label, "source": figure.source ?? ""]
        }
        context["key_figures"] = figures
        context["has_key_figures"] = !figures.isEmpty
        return context
    }

    func chapterItem(_ index: Int) -> [String: Any] {
        let page = pages[index].page
        var item: [String: Any] = ["title": page.title, "url": link(page.url), "summary": pages[index].summary]
        if let number = page.chapter?.number { item["number"] = number }
        return item
    }

    func chapterContext(_ index: Int) -> [String: Any] {
        var context: [String: Any] = [:]
        if let number = pages[index].page.chapter?.number { context["number"] = number }
        guard let (report, position) = report(containing: index) else { return context }
        let order = report.readingOrder
        context["report_title"] = pages[report.index].page.title
        context["report_url"] = link(pages[report.index].page.url)
        context["is_appendix"] = position >= report.chapters.count
        if position > 0 {
            context["previous"] = ["title": pages[order[position - 1]].page.title, "url": link(pages[order[position - 1]].page.url)]
        }
        if position + 1 < order.count {
            context["next"] = ["title": pages[order[position + 1]].page.title, "url": link(pages[order[position + 1]].page.url)]
        }
        context["contents"] = order.map { i -> [String: Any] in
            var item = chapterItem(i)
            item["current"] = i == index
            return item
        }
        return context
    }

    func coverContext(_ index: Int) -> [String: Any] {
        let page = pages[index].page
        guard let cover = page.cover else { return [:] }
        let links: [[String: Any]] = cover.strategyLinks.map { text in
            if let target = resolvePage(text, from: page.sourcePath) {
                return ["title": pages[target].page.title, "url": link(pages[target].page.url)]
            }
            return ["title": text]
        }
        return [
            "to": cover.to.map(boardName) ?? "",
            "lead_officer": personName(cover.leadOfficer) ?? "",
            "author": personName(cover.author) ?? "",
            "sign_off": cover.signOff.map { ["role": $0.role, "name": $0.name ?? "", "date": $0.date?.long ?? ""] },
            "has_sign_off": !cover.signOff.isEmpty,
            "recommendations": cover.recommendations.map { ["text": $0] },
            "has_recommendations": !cover.recommendations.isEmpty,
            "strategy_links": links,
            "has_strategy_links": !links.isEmpty,
        ]
    }
}
