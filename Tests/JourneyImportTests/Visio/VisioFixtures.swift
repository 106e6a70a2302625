import Foundation
import Testing
import ZIPFoundation

/// VSDX packages built for these tests from XML strings.
enum VisioFixtures {
    static let namespace = "http://schemas.microsoft.com/office/visio/2012/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A ZIP archive holding the parts, deflated unless told otherwise, in the order given.
    static func archive(_ parts: [(path: String, content: Data)], compressed: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, content) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(content.count),
                compressionMethod: compressed ? .deflate : .none
            ) { position, size in
                content.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// The standard drawing's parts as text, by path.
    static var parts: [(path: String, content: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("visio/document.xml", "<VisioDocument xmlns='\(namespace)'/>"),
            ("visio/pages/pages.xml", pages),
            ("visio/pages/_rels/pages.xml.rels", pagesRelationships),
            ("visio/pages/page1.xml", journeyPage),
            ("visio/pages/page2.xml", notesPage),
            ("visio/masters/masters.xml", masters),
            ("visio/masters/_rels/masters.xml.rels", mastersRelationships),
            ("visio/masters/master1.xml", processMaster),
            ("visio/masters/master2.xml", connectorMaster),
            ("visio/masters/master3.xml", laneMaster),
        ]
    }

    /// The standard drawing, optionally with parts replaced or left out.
    static func drawing(replacing: [String: String] = [:], leavingOut: Set<String> = []) throws -> Data {
        let chosen = parts.filter { !leavingOut.contains($0.path) }.map { part in
            (path: part.path, content: Data((replacing[part.path] ?? part.content).utf8))
        }
        return try archive(chosen)
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(packageRelationships)"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/document" Target="visio/document.xml"/></Relationships>
        """

    /// Two pages: "Journey" (8.5 in high) and "Notes" (4 in high), listed in that order but with
    /// relationship identifiers in the other.
    static let pages = """
        <?xml version='1.0' encoding='utf-8' ?>
        <Pages xmlns='\(namespace)' xmlns:r='\(relationships)' xml:space='preserve'>
        <Page ID='0' NameU='Journey' Name='Journey'><PageSheet><Cell N='PageWidth' V='11' U='IN'/><Cell N='PageHeight' V='8.5' U='IN'/></PageSheet><Rel r:id='rId2'/></Page>
        <Page ID='4' NameU='Notes' Name='Notes'><PageSheet><Cell N='PageHeight' V='4'/></PageSheet><Rel r:id='rId1'/></Page>
        </Pages>
        """

    static let pagesRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(packageRelationships)"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/page" Target="page2.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/visio/2010/relationships/page" Target="/visio/pages/page1.xml"/></Relationships>
        """

    static let masters = """
        <?xml version='1.0' encoding='utf-8' ?>
        <Masters xmlns='\(namespace)' xmlns:r='\(relationships)'>
        <Master ID='2' NameU='Process' Name='Process'><Rel r:id='rId1'/></Master>
        <Master ID='5' NameU='Dynamic connector' Name='Dynamic connector'><Rel r:id='rId2'/></Master>
        <Master ID='7' NameU='Lane pair' Name='Lane pair'><Rel r:id='rId3'/></Master>
        </Masters>
        """

    static let mastersRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(packageRelationships)"><Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/master" Target="master1.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/visio/2010/relationships/master" Target="../masters/master2.xml"/><Relationship Id="rId3" Type="http://schemas.microsoft.com/visio/2010/relationships/master" Target="master3.xml"/></Relationships>
        """

    /// A process box: 1.5 × 0.75 in, text "Step", shape data Stage (with a value) and Owner (empty).
    static let processMaster = """
        <?xml version='1.0' encoding='utf-8' ?>
        <MasterContents xmlns='\(namespace)'><Shapes><Shape ID='5' Type='Shape'>
        <Cell N='PinX' V='1'/><Cell N='PinY' V='1'/><Cell N='Width' V='1.5'/><Cell N='Height' V='0.75'/>
        <Cell N='LocPinX' V='0.75' F='Width*0.5'/><Cell N='LocPinY' V='0.375' F='Height*0.5'/><Cell N='Angle' V='0'/>
        <Cell N='FillForegnd' V='#4472c4'/>
        <Section N='Property'><Row N='Stage'><Cell N='Value' V='Unsorted'/><Cell N='Label' V='Stage'/></Row><Row N='Owner'><Cell N='Value' V=''/><Cell N='Label' V='Owner'/></Row></Section>
        <Text><cp IX='0'/>Step</Text>
        </Shape></Shapes></MasterContents>
        """

    /// A dynamic connector: a 1-D shape with begin and end cells and a straight geometry.
    static let connectorMaster = """
        <?xml version='1.0' encoding='utf-8' ?>
        <MasterContents xmlns='\(namespace)'><Shapes><Shape ID='4' Type='Shape'>
        <Cell N='PinX' V='0.5'/><Cell N='PinY' V='0'/><Cell N='Width' V='1'/><Cell N='Height' V='0'/>
        <Cell N='LocPinX' V='0.5'/><Cell N='LocPinY' V='0'/>
        <Cell N='BeginX' V='0'/><Cell N='BeginY' V='0'/><Cell N='EndX' V='1'/><Cell N='EndY' V='0'/>
        <Cell N='LineColor' V='#5b9bd5'/><Cell N='EndArrow' V='4'/>
        <Section N='Geometry' IX='0'><Row T='MoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row><Row T='LineTo' IX='2'><Cell N='X' V='1'/><Cell N='Y' V='0'/></Row></Section>
        </Shape></Shapes></MasterContents>
        """

    /// A group master with two sub-shapes, each with its own text.
    static let laneMaster = """
        <?xml version='1.0' encoding='utf-8' ?>
        <MasterContents xmlns='\(namespace)'><Shapes><Shape ID='1' Type='Group'>
        <Cell N='PinX' V='2'/><Cell N='PinY' V='1'/><Cell N='Width' V='4'/><Cell N='Height' V='2'/>
        <Shapes>
        <Shape ID='2' Type='Shape'><Cell N='PinX' V='2'/><Cell N='PinY' V='1.5'/><Cell N='Width' V='4'/><Cell N='Height' V='1'/><Text>Lane A</Text></Shape>
        <Shape ID='3' Type='Shape'><Cell N='PinX' V='2'/><Cell N='PinY' V='0.5'/><Cell N='Width' V='4'/><Cell N='Height' V='1'/><Text>Lane B</Text></Shape>
        </Shapes></Shape></Shapes></MasterContents>
        """

    /// The journey page: two process boxes (one with its own text, shape data and markers, one
    /// inheriting text and size), a connector with text, nested groups, free text and an instance
    /// of the group master.
    static let journeyPage = """
        <?xml version='1.0' encoding='utf-8' ?>
        <PageContents xmlns='\(namespace)' xmlns:r='\(relationships)' xml:space='preserve'><Shapes>
        <Shape ID='1' NameU='Process' Name='Process' Type='Shape' Master='2'>
        <Cell N='PinX' V='2'/><Cell N='PinY' V='7'/><Cell N='Angle' V='0.5236'/>
        <Section N='Property'><Row N='Stage'><Cell N='Value' V='Awareness'/></Row><Row N='Row_1'><Cell N='Value' V='+1'/><Cell N='Label' V='Emotion'/></Row></Section>
        <Text><cp IX='0'/><pp IX='0'/><tp IX='0'/>Browse the&#xD;&#xA;catalogue&#xD;&#xA;</Text>
        </Shape>
        <Shape ID='2' Type='Shape' Master='2'>
        <Cell N='PinX' V='5'/><Cell N='PinY' V='7'/><Cell N='Width' V='2'/><Cell N='LocPinX' V='1' F='Inh'/>
        </Shape>
        <Shape ID='3' Type='Shape' Master='5'>
        <Cell N='PinX' V='3.375'/><Cell N='PinY' V='7'/><Cell N='Width' V='1.25'/><Cell N='LocPinX' V='0.625'/>
        <Cell N='BeginX' V='2.75'/><Cell N='BeginY' V='7'/><Cell N='EndX' V='4'/><Cell N='EndY' V='7'/>
        <Text><cp IX='0'/>next</Text>
        </Shape>
        <Shape ID='10' NameU='Outer' Type='Group'>
        <Cell N='PinX' V='5'/><Cell N='PinY' V='3'/><Cell N='Width' V='4'/><Cell N='Height' V='2'/><Cell N='LocPinX' V='2'/><Cell N='LocPinY' V='1'/>
        <Text>Outer group</Text>
        <Shapes>
        <Shape ID='11' Type='Shape'><Cell N='PinX' V='1'/><Cell N='PinY' V='1'/><Cell N='Width' V='1'/><Cell N='Height' V='0.5'/><Text>Inside</Text></Shape>
        <Shape ID='12' Type='Group'><Cell N='PinX' V='3'/><Cell N='PinY' V='1'/><Cell N='Width' V='1'/><Cell N='Height' V='1'/>
        <Shapes><Shape ID='13' Type='Shape'><Cell N='PinX' V='0.25'/><Cell N='PinY' V='0.25'/><Cell N='Width' V='0.5'/><Cell N='Height' V='0.5'/><Text>Deep <fld IX='0'>inside</fld></Text></Shape></Shapes>
        </Shape>
        </Shapes>
        </Shape>
        <Shape ID='20' Type='Shape'><Cell N='PinX' V='5.5'/><Cell N='PinY' V='8'/><Cell N='Width' V='3'/><Cell N='Height' V='0.5'/><Cell N='FillPattern' V='0'/><Cell N='LinePattern' V='0'/><Text>Buying a bike</Text></Shape>
        <Shape ID='30' Type='Group' Master='7'>
        <Cell N='PinX' V='8'/><Cell N='PinY' V='2'/>
        <Shapes>
        <Shape ID='31' MasterShape='2' Type='Shape'/>
        <Shape ID='32' MasterShape='3' Type='Shape'><Text>Lane B, renamed</Text></Shape>
        </Shapes>
        </Shape>
        </Shapes>
        <Connects><Connect FromSheet='3' FromCell='BeginX' ToSheet='1'/><Connect FromSheet='3' FromCell='EndX' ToSheet='2'/></Connects>
        </PageContents>
        """

    /// The second page: one shape with a field.
    static let notesPage = """
        <?xml version='1.0' encoding='utf-8' ?>
        <PageContents xmlns='\(namespace)'><Shapes>
        <Shape ID='1' Type='Shape'><Cell N='PinX' V='1'/><Cell N='PinY' V='3'/><Cell N='Width' V='1'/><Cell N='Height' V='1'/><Text>Total: <fld IX='0'>42</fld> items</Text></Shape>
        </Shapes></PageContents>
        """

    /// Every label of the standard drawing.
    static let labels = [
        "Browse the\ncatalogue", "Step", "next", "Outer group", "Inside", "Deep inside", "Buying a bike", "Lane A",
        "Lane B, renamed", "Total: 42 items",
    ]
}
