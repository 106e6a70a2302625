import Foundation

/// GraphML documents written for these tests, in the shapes yEd and yEd Live save.
enum GraphMLFixtures {
    /// A desktop yEd file with unusual key identifiers: a ShapeNode with an HTML label and data, a
    /// GenericNode with two labels, a group with a nested graph and an edge inside it, a table with
    /// two rows and two columns, and edges with labels and bends.
    static let desktop = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
          <key attr.name="description" attr.type="string" for="node" id="nd"/>
          <key attr.name="url" attr.type="string" for="node" id="nu"/>
          <key attr.name="Emotion" attr.type="string" for="node" id="custom7"><default>neutral</default></key>
          <key for="node" id="looks" yfiles.type="nodegraphics"/>
          <key for="edge" id="lines" yfiles.type="edgegraphics"/>
          <key attr.name="description" attr.type="string" for="edge" id="ed"/>
          <key for="graphml" id="res" yfiles.type="resources"/>
          <graph edgedefault="directed" id="G">
            <node id="n0">
              <data key="nd"><![CDATA[First step
        of the journey]]></data>
              <data key="nu">https://example.com/step</data>
              <data key="custom7">happy</data>
              <data key="looks">
                <y:ShapeNode>
                  <y:Geometry height="40.0" width="120.0" x="10.0" y="20.0"/>
                  <y:Fill color="#FFCC00" transparent="false"/>
                  <y:BorderStyle color="#000000" type="line" width="1.0"/>
                  <y:NodeLabel alignment="center" xml:space="preserve">&lt;html&gt;&lt;b&gt;Sees&lt;/b&gt; an ad&lt;/html&gt;<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel>
                  <y:Shape type="roundrectangle"/>
                </y:ShapeNode>
              </data>
            </node>
            <node id="n1">
              <data key="looks">
                <y:GenericNode configuration="com.yworks.flowchart.decision">
                  <y:Geometry height="60.0" width="80.0" x="200.0" y="20.0"/>
                  <y:Fill color="#E8EEF7" transparent="false"/>
                  <y:NodeLabel>Decides</y:NodeLabel>
                  <y:NodeLabel>to buy</y:NodeLabel>
                  <y:StyleProperties><y:Property class="java.lang.Boolean" name="doubleBorder" value="false"/></y:StyleProperties>
                </y:GenericNode>
              </data>
            </node>
            <node id="n2" yfiles.foldertype="group">
              <data key="looks">
                <y:ProxyAutoBoundsNode>
                  <y:Realizers active="0">
                    <y:GroupNode>
                      <y:Geometry height="200.0" width="300.0" x="0.0" y="100.0"/>
                      <y:NodeLabel>Store visit</y:NodeLabel>
                      <y:State closed="false"/>
                    </y:GroupNode>
                    <y:GroupNode>
                      <y:Geometry height="50.0" width="50.0" x="0.0" y="100.0"/>
                      <y:NodeLabel>Store (folded)</y:NodeLabel>
                      <y:State closed="true"/>
                    </y:GroupNode>
                  </y:Realizers>
                </y:ProxyAutoBoundsNode>
              </data>
              <graph edgedefault="directed" id="n2:">
                <node id="n2::n0">
                  <data key="looks">
                    <y:ShapeNode>
                      <y:Geometry height="30.0" width="100.0" x="20.0" y="150.0"/>
                      <y:Fill hasColor="false" transparent="false"/>
                      <y:BorderStyle hasColor="false" type="line" width="1.0"/>
                      <y:NodeLabel>Asks staff</y:NodeLabel>
                    </y:ShapeNode>
                  </data>
                </node>
                <node id="n2::n1">
                  <data key="looks">
                    <y:ShapeNode>
                      <y:Geometry height="30.0" width="100.0" x="150.0" y="150.0"/>
                      <y:NodeLabel>Tries a bike</y:NodeLabel>
                    </y:ShapeNode>
                  </data>
                </node>
                <edge id="n2::e0" source="n2::n0" target="n2::n1">
                  <data key="lines">
                    <y:PolyLineEdge>
                      <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/>
                      <y:EdgeLabel>then</y:EdgeLabel>
                    </y:PolyLineEdge>
                  </data>
                </edge>
              </graph>
            </node>
            <node id="t">
              <data key="looks">
                <y:TableNode configuration="YED_TABLE_NODE">
                  <y:Geometry height="230.0" width="420.0" x="400.0" y="100.0"/>
                  <y:Fill color="#ECF5FF" transparent="false"/>
                  <y:NodeLabel modelName="internal" modelPosition="t">Journey</y:NodeLabel>
                  <y:NodeLabel>Awareness<y:LabelModel><y:ColumnNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter><y:ColumnNodeLabelModelParameter id="col_a" inside="true" verticalPosition="0.0"/></y:ModelParameter></y:NodeLabel>
                  <y:NodeLabel>Purchase<y:LabelModel><y:ColumnNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter><y:ColumnNodeLabelModelParameter id="col_b" inside="true" verticalPosition="0.0"/></y:ModelParameter></y:NodeLabel>
                  <y:NodeLabel rotationAngle="270.0">Actions<y:LabelModel><y:RowNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter><y:RowNodeLabelModelParameter horizontalPosition="0.0" id="row_0" inside="true"/></y:ModelParameter></y:NodeLabel>
                  <y:NodeLabel rotationAngle="270.0">Feelings<y:LabelModel><y:RowNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter><y:RowNodeLabelModelParameter horizontalPosition="0.0" id="row_1" inside="true"/></y:ModelParameter></y:NodeLabel>
                  <y:StyleProperties><y:Property class="java.lang.String" name="yed.table.lane.style" value="lane.style.rows"/></y:StyleProperties>
                  <y:State autoResize="true" closed="false"/>
                  <y:Insets bottom="0" left="0" right="0" top="0"/>
                  <y:Table autoResizeTable="true" defaultColumnWidth="120.0" defaultRowHeight="80.0">
                    <y:DefaultColumnInsets bottom="0.0" left="0.0" right="0.0" top="24.0"/>
                    <y:DefaultRowInsets bottom="0.0" left="20.0" right="0.0" top="0.0"/>
                    <y:Insets bottom="0.0" left="0.0" right="0.0" top="30.0"/>
                    <y:Columns>
                      <y:Column id="col_a" minimumWidth="80.0" width="200.0"><y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Column>
                      <y:Column id="col_b" minimumWidth="80.0" width="200.0"><y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Column>
                    </y:Columns>
                    <y:Rows>
                      <y:Row height="100.0" id="row_0" minimumHeight="50.0"><y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Row>
                      <y:Row height="76.0" id="row_1" minimumHeight="50.0"><y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Row>
                    </y:Rows>
                  </y:Table>
                </y:TableNode>
              </data>
            </node>
            <edge id="e0" source="n0" target="n1">
              <data key="ed">the main path</data>
              <data key="lines">
                <y:PolyLineEdge>
                  <y:Path sx="60.0" sy="0.0" tx="-40.0" ty="0.0">
                    <y:Point x="160.0" y="40.0"/>
                    <y:Point x="160.0" y="50.0"/>
                  </y:Path>
                  <y:LineStyle color="#FF0000" type="dashed" width="2.0"/>
                  <y:Arrows source="none" target="standard"/>
                  <y:EdgeLabel>clicks</y:EdgeLabel>
                  <y:EdgeLabel>the ad</y:EdgeLabel>
                </y:PolyLineEdge>
              </data>
            </edge>
            <edge id="e1" source="n1" target="n2::n1"/>
          </graph>
          <data key="res"><y:Resources/></data>
        </graphml>
        """#

    /// Every label of ``desktop``.
    static let desktopLabels = [
        "Sees an ad", "Decides\nto buy", "Store visit", "Asks staff", "Tries a bike", "Journey", "Awareness",
        "Purchase", "Actions", "Feelings", "then", "clicks\nthe ad",
    ]

    /// A yEd Live file: labels as attributes, as CDATA and held in shared data, a style held in
    /// shared data, a port label, a group with a nested graph, an edge with bends.
    static let live = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/yfiles-common/3.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/3.0" xmlns:yjs="http://www.yworks.com/xml/yfiles-for-html/3.0/xaml" xmlns:yx="http://www.yworks.com/xml/yfiles-common/4.0">
          <key id="z" for="node" attr.type="int" attr.name="zOrder" y:attr.uri="http://www.yworks.com/xml/yfiles-z-order/1.0/zOrder"/>
          <key id="a1" for="node" attr.type="string" attr.name="description"/>
          <key id="a2" for="node" attr.name="NodeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"/>
          <key id="a3" for="node" attr.name="NodeGeometry" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeGeometry"/>
          <key id="a4" for="node" attr.name="NodeStyle" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeStyle"/>
          <key id="b1" for="edge" attr.name="EdgeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeLabels"/>
          <key id="b2" for="edge" attr.name="EdgeGeometry" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeGeometry"/>
          <key id="b3" for="edge" attr.name="EdgeStyle" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeStyle"/>
          <key id="c1" for="port" attr.name="PortLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/PortLabels"/>
          <key id="s" attr.name="SharedData" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/SharedData"/>
          <data key="s">
            <y:SharedData>
              <yjs:CssFill x:Key="1" cssString="#336699"/>
              <yjs:ShapeNodeStyle x:Key="2" shape="ELLIPSE" fill="{y:GraphMLReference 1}"/>
              <y:Label x:Key="3" Text="Shared label"/>
              <x:String x:Key="4">Referenced text</x:String>
              <yjs:LabelStyle x:Key="5" horizontalTextAlignment="CENTER"/>
            </y:SharedData>
          </data>
          <graph id="G" edgedefault="directed">
            <node id="n0">
              <data key="z">1</data>
              <data key="a1">Entry point</data>
              <data key="a2">
                <x:List>
                  <y:Label Text="Opens the app" Style="{y:GraphMLReference 5}"/>
                </x:List>
              </data>
              <data key="a3"><y:RectD X="-100" Y="-50.5" Width="120" Height="40"/></data>
              <data key="a4"><y:GraphMLReference ResourceKey="2"/></data>
            </node>
            <node id="n1">
              <data key="a2">
                <x:List>
                  <y:Label><y:Label.Text><![CDATA[Signs <up> & pays]]></y:Label.Text></y:Label>
                  <y:GraphMLReference ResourceKey="3"/>
                </x:List>
              </data>
              <data key="a3"><y:RectD X="100" Y="-50.5" Width="120" Height="40"/></data>
              <data key="a4"><yjs:ShapeNodeStyle stroke="#FF000000"><yjs:ShapeNodeStyle.fill><yjs:CssFill cssString="white"/></yjs:ShapeNodeStyle.fill></yjs:ShapeNodeStyle></data>
              <port name="p0"><data key="c1"><x:List><y:Label Text="Exit"/></x:List></data></port>
            </node>
            <node id="g">
              <data key="a2"><x:List><y:Label Text="{y:GraphMLReference 4}"/></x:List></data>
              <data key="a3"><y:RectD X="-150" Y="50" Width="400" Height="200"/></data>
              <data key="a4"><yjs:GroupNodeStyle/></data>
              <graph id="g:" edgedefault="directed">
                <node id="g::n0">
                  <data key="a2"><x:List><y:Label Text="Waits"/></x:List></data>
                  <data key="a3"><y:RectD X="-100" Y="100" Width="100" Height="30"/></data>
                </node>
              </graph>
            </node>
            <edge id="e0" source="n0" target="n1">
              <data key="b1"><x:List><y:Label Text="Continues"/></x:List></data>
              <data key="b2"><x:List><y:Bend Location="40,-30.5"/><y:Bend Location="60,-30.5"/></x:List></data>
              <data key="b3"><yjs:PolylineEdgeStyle stroke="#FF663800"/></data>
            </edge>
            <edge id="e1" source="n1" target="g::n0"/>
          </graph>
        </graphml>
        """#

    /// Every label of ``live``.
    static let liveLabels = [
        "Opens the app", "Signs <up> & pays\nShared label\nExit", "Referenced text", "Waits", "Continues",
    ]

    /// A yEd Live table: a title band, two rows (one sized by the defaults) and a column.
    static let liveTable = #"""
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/yfiles-common/3.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/3.0" xmlns:yjs="http://www.yworks.com/xml/yfiles-for-html/3.0/xaml">
          <key id="l" for="node" attr.name="NodeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"/>
          <key id="g" for="node" attr.name="NodeGeometry" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeGeometry"/>
          <key id="s" for="node" attr.name="NodeStyle" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeStyle"/>
          <graph id="G" edgedefault="directed">
            <node id="pool">
              <data key="l"><x:List><y:Label Text="Customer journey"/></x:List></data>
              <data key="g"><y:RectD X="0" Y="0" Width="500" Height="300"/></data>
              <data key="s">
                <yjs:TableNodeStyle>
                  <yjs:TableNodeStyle.table>
                    <y:Table Insets="0,30,0,0">
                      <y:Table.RowDefaults><y:RowDefaults Size="100" Insets="40,0,0,0"/></y:Table.RowDefaults>
                      <y:Table.ColumnDefaults><y:ColumnDefaults Size="200" Insets="0,20,0,0"/></y:Table.ColumnDefaults>
                      <y:Table.Rows>
                        <y:Row Size="120"><y:Row.Labels><x:List><y:Label Text="Doing"/></x:List></y:Row.Labels></y:Row>
                        <y:Row><y:Row.Labels><x:List><y:Label Text="Feeling"/></x:List></y:Row.Labels></y:Row>
                      </y:Table.Rows>
                      <y:Table.Columns>
                        <y:Column Size="230"><y:Column.Labels><x:List><y:Label Text="Explore"/></x:List></y:Column.Labels></y:Column>
                      </y:Table.Columns>
                    </y:Table>
                  </yjs:TableNodeStyle.table>
                </yjs:TableNodeStyle>
              </data>
            </node>
          </graph>
        </graphml>
        """#

    /// A small desktop file with duplicate node identifiers and an edge to a missing node.
    static let duplicates = #"""
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key for="node" id="d0" yfiles.type="nodegraphics"/>
          <graph id="G" edgedefault="directed">
            <node id="a"><data key="d0"><y:ShapeNode><y:NodeLabel>First</y:NodeLabel></y:ShapeNode></data></node>
            <node id="a"><data key="d0"><y:ShapeNode><y:NodeLabel>Second</y:NodeLabel></y:ShapeNode></data></node>
            <node id="b"/>
            <edge source="a" target="b"/>
            <edge source="b" target="nowhere"/>
          </graph>
        </graphml>
        """#
}
