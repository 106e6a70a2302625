/// draw.io pages laid out the ways journey maps are drawn, written for these tests.
enum ImportMaps {
    static func page(_ cells: String) -> String {
        #"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>"# + cells + "</root></mxGraphModel>"
    }

    static func cell(
        _ id: String, _ value: String, x: Double, y: Double, width: Double = 140, height: Double = 40,
        style: String = "rounded=1;", parent: String = "1"
    ) -> String {
        #"<mxCell id="\#(id)" value="\#(value)" style="\#(style)" vertex="1" parent="\#(parent)"><mxGeometry x="\#(x)" y="\#(y)" width="\#(width)" height="\#(height)" as="geometry"/></mxCell>"#
    }

    static func edge(_ id: String, from source: String, to target: String, _ value: String = "") -> String {
        #"<mxCell id="\#(id)" value="\#(value)" style="edgeStyle=orthogonalEdgeStyle;" edge="1" parent="1" source="\#(source)" target="\#(target)"><mxGeometry relative="1" as="geometry"/></mxCell>"#
    }

    /// A table: a header row of stages, a header column of lanes, a cell spanning two stages.
    static let tableModel = page(
        cell("t", "", x: 0, y: 80, width: 300, height: 180, style: "shape=table;childLayout=tableLayout;startSize=0;")
            + cell("r1", "", x: 0, y: 0, width: 300, height: 60, style: "shape=tableRow;", parent: "t")
            + cell("c10", "Lane", x: 0, y: 0, width: 100, height: 60, style: "shape=partialRectangle;", parent: "r1")
            + cell(
                "c11", "Awareness", x: 100, y: 0, width: 100, height: 60, style: "shape=partialRectangle;", parent: "r1"
            )
            + cell(
                "c12", "Purchase", x: 200, y: 0, width: 100, height: 60, style: "shape=partialRectangle;", parent: "r1")
            + cell("r2", "", x: 0, y: 60, width: 300, height: 60, style: "shape=tableRow;", parent: "t")
            + cell("c20", "Actions", x: 0, y: 0, width: 100, height: 60, style: "shape=partialRectangle;", parent: "r2")
            + cell(
                "c22", "Visits the shop&#xa;Asks for a discount", x: 100, y: 0, width: 200, height: 60,
                style: "shape=partialRectangle;colspan=2;", parent: "r2")
            + cell("r3", "", x: 0, y: 120, width: 300, height: 60, style: "shape=tableRow;", parent: "t")
            + cell(
                "c30", "Emotions", x: 0, y: 0, width: 100, height: 60, style: "shape=partialRectangle;", parent: "r3")
            + cell("c31", "+1", x: 100, y: 0, width: 100, height: 60, style: "shape=partialRectangle;", parent: "r3")
            + cell(
                "c32", "😊 Happy", x: 200, y: 0, width: 100, height: 60, style: "shape=partialRectangle;", parent: "r3"))

    /// A pool of horizontal swimlanes (the lanes) under a row of stage headers.
    static let swimlaneModel = page(
        cell("s1", "Awareness", x: 200, y: -60, width: 180, height: 40)
            + cell("s2", "Consideration", x: 400, y: -60, width: 180, height: 40)
            + cell("s3", "Purchase", x: 600, y: -60, width: 180, height: 40)
            + cell("pool", "Customer journey", x: 100, y: 0, width: 700, height: 330, style: "swimlane;startSize=30;")
            + cell(
                "lane1", "Actions", x: 0, y: 30, width: 700, height: 100, style: "swimlane;horizontal=0;",
                parent: "pool")
            + cell(
                "lane2", "Touchpoints", x: 0, y: 130, width: 700, height: 100, style: "swimlane;horizontal=0;",
                parent: "pool")
            + cell(
                "lane3", "Emotions", x: 0, y: 230, width: 700, height: 100, style: "swimlane;horizontal=0;",
                parent: "pool")
            + cell("i1", "Sees an ad", x: 120, y: 20, parent: "lane1")
            + cell("i2", "Compares prices", x: 320, y: 20, parent: "lane1")
            + cell("i3", "Pays", x: 520, y: 20, parent: "lane1")
            + cell("i4", "Website", x: 120, y: 20, parent: "lane2")
            + cell("i5", "Email newsletter", x: 320, y: 20, parent: "lane2")
            + cell("i6", "Showroom", x: 520, y: 20, parent: "lane2")
            + cell("i7", "😐", x: 120, y: 20, parent: "lane3")
            + cell("i8", "-1 frustrated", x: 320, y: 20, parent: "lane3")
            + cell("i9", "+2", x: 520, y: 20, parent: "lane3")
            + edge("t1", from: "s3", to: "s2", "Returns the bike")
            + edge("t2", from: "i1", to: "i2"))

    /// A map drawn vertically: lanes across the top, stages down the side.
    static let verticalModel = page(
        cell("l1", "Actions", x: 200, y: 0) + cell("l2", "Thoughts", x: 400, y: 0)
            + cell("l3", "Pain points", x: 600, y: 0)
            + cell("s1", "Awareness", x: 0, y: 100) + cell("s2", "Consideration", x: 0, y: 200)
            + cell("s3", "Purchase", x: 0, y: 300)
            + cell("a1", "Hears about it", x: 200, y: 100) + cell("a2", "Tries it", x: 200, y: 200)
            + cell("q1", "Is it worth it?", x: 400, y: 205) + cell("p1", "Checkout fails", x: 600, y: 300))

    /// A loose grid whose emotion lane holds unlabelled markers at different heights.
    static let curveModel = page(
        cell("s1", "Awareness", x: 200, y: 40) + cell("s2", "Consideration", x: 400, y: 40)
            + cell("s3", "Decision", x: 600, y: 40)
            + cell("l1", "Actions", x: 0, y: 100, height: 80) + cell("l2", "Emotions", x: 0, y: 200, height: 100)
            + cell("l3", "Pain points", x: 0, y: 320, height: 60)
            + cell("a1", "Searches", x: 200, y: 120) + cell("a2", "Compares", x: 400, y: 120)
            + cell("a3", "Decides", x: 600, y: 120)
            + cell("m1", "", x: 265, y: 195, width: 10, height: 10, style: "ellipse;")
            + cell("m2", "", x: 465, y: 245, width: 10, height: 10, style: "ellipse;")
            + cell("m3", "", x: 665, y: 275, width: 10, height: 10, style: "ellipse;")
            + edge("curve1", from: "m1", to: "m2") + edge("curve2", from: "m2", to: "m3")
            + cell("p1", "Too much jargon", x: 400, y: 330))

    /// Persona cards and a title above a small grid.
    static let personaModel = page(
        cell("title", "Buying insurance", x: 200, y: -100, width: 300, style: "text;")
            + cell("anna", "Persona: Anna&#xa;First-time buyer, 29", x: -300, y: 0, width: 200, height: 80)
            + cell(
                "ben", "Ben", x: -300, y: 200, width: 30, height: 60,
                style: "shape=umlActor;verticalLabelPosition=bottom;")
            + cell("s1", "Awareness", x: 200, y: 0) + cell("s2", "Purchase", x: 400, y: 0)
            + cell("l1", "Actions", x: 0, y: 100) + cell("l2", "Touchpoints", x: 0, y: 200)
            + cell("a1", "Asks a friend", x: 200, y: 100) + cell("t1", "Phone call", x: 400, y: 200)
            + cell("lost", "A sticky note far away", x: 2000, y: -500))

    /// A flowchart: not a journey map at all.
    static let flowchartModel = page(
        cell("start", "Start", x: 100, y: 0, style: "ellipse;") + cell("check", "Check stock", x: 100, y: 100)
            + cell("decide", "In stock?", x: 100, y: 200, style: "rhombus;") + cell("ship", "Ship", x: 0, y: 300)
            + cell("order", "Order more", x: 200, y: 300) + edge("e1", from: "start", to: "check")
            + edge("e2", from: "check", to: "decide") + edge("e3", from: "decide", to: "ship", "yes")
            + edge("e4", from: "decide", to: "order", "no"))
}
