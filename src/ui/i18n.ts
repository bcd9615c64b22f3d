// Every string of the viewer in Chinese and English. `{name}` placeholders are filled by `t`.
import { createContext, useContext } from 'react';
import type { ColorMode, Language } from '../core/view-state/index.js';

const STRINGS = {
  appTitle: { zh: 'AI 产业图谱', en: 'AI Landscape Graph' },
  loading: { zh: '正在加载图谱数据…', en: 'Loading the graph…' },
  switchLanguage: { zh: '切换到英文界面', en: 'Switch to Chinese' },
  /** The language button's name: its visible text first (WCAG 2.5.3, speech input says "click EN"). */
  switchLanguageName: { zh: 'EN（切换到英文界面）', en: '中文 (Switch to Chinese)' },
  languageButton: { zh: 'EN', en: '中文' },
  searchLabel: { zh: '搜索企业、产品、模型（按 / 聚焦）', en: 'Search companies, products, models (press /)' },
  searchPlaceholder: { zh: '搜索… 按 /', en: 'Search… press /' },
  searchResults: { zh: '搜索结果', en: 'Search results' },
  searchNone: { zh: '没有匹配的结果', en: 'No matches' },
  searchPreparing: { zh: '正在建立索引…', en: 'Preparing the index…' },
  tableShow: { zh: '表格视图', en: 'Table view' },
  tableHide: { zh: '关闭表格', en: 'Close table' },
  figuresButton: { zh: '报告数据', en: 'Report figures' },
  figuresTitle: { zh: '报告数据', en: 'Report figures' },
  close: { zh: '关闭', en: 'Close' },
  filters: { zh: '筛选', en: 'Filters' },
  visibleCount: { zh: '显示 {visible} / {total} 个节点', en: 'Visible {visible} of {total} nodes' },
  clearAll: { zh: '清除全部筛选', en: 'Clear all filters' },
  facetKinds: { zh: '类型', en: 'Kind' },
  facetModalities: { zh: '模态', en: 'Modality' },
  facetTracks: { zh: '赛道', en: 'Track' },
  facetBusinessModels: { zh: '商业模式', en: 'Business model' },
  facetMarkets: { zh: '目标市场', en: 'Target market' },
  facetCompanies: { zh: '企业', en: 'Company' },
  facetSources: { zh: '引用来源', en: 'Cited by' },
  mapScopeLegend: { zh: '范围', en: 'Scope' },
  mapScopePrimary: { zh: '{name}图谱及其厂商的模型（{count}）', en: "{name}'s map and its vendors' models ({count})" },
  mapScopeAll: { zh: '全部来源的全部节点（{count}）', en: 'Everything from every source ({count})' },
  mapScopeHint: {
    zh: '默认只显示{name}提到的实体，以及这些厂商在其他来源中的模型；选择“全部”可看到其余 {count} 个节点。',
    en: "By default the map shows what {name} names, plus its vendors' models from the other sources; choose everything for the other {count} nodes.",
  },
  filterFacetNames: { zh: '筛选{facet}名称', en: 'Filter {facet} names' },
  showMore: { zh: '显示全部（{count}）', en: 'Show all ({count})' },
  showFewer: { zh: '收起', en: 'Show fewer' },
  otherGroup: { zh: '其他', en: 'Other' },
  neighbourhood: { zh: '邻域', en: 'Neighbourhood' },
  egoToggle: { zh: '只显示所选节点的邻域', en: 'Only the neighbourhood of the selection' },
  egoCentre: { zh: '中心：{name}', en: 'Centre: {name}' },
  egoNeedsSelection: { zh: '先选择一个节点', en: 'Select a node first' },
  depth: { zh: '深度', en: 'Depth' },
  hideIsolated: { zh: '隐藏孤立节点', en: 'Hide isolated nodes' },
  colourBy: { zh: '着色依据', en: 'Colour by' },
  colourKind: { zh: '类型', en: 'Kind' },
  colourModality: { zh: '模态', en: 'Modality' },
  colourTrack: { zh: '赛道', en: 'Track' },
  colourSource: { zh: '来源', en: 'Source' },
  colourFile: { zh: '文件中的颜色', en: 'Colours from the file' },
  colourAttribute: { zh: '属性：{name}', en: 'Attribute: {name}' },
  colourCommunity: { zh: '社区（Louvain）', en: 'Community (Louvain)' },
  communityRunning: { zh: '正在划分社区…', en: 'Finding communities…' },
  communitySummary: { zh: '{count} 个社区，模块度 {modularity}', en: '{count} communities, modularity {modularity}' },
  arriving: {
    zh: '图谱较大，按连接数分批载入：已载入 {arrived} / {total} 个节点，筛选和计数只算已载入的部分。',
    en: 'A large graph arrives most connected first: {arrived} of {total} nodes so far; filters and counts cover those.',
  },
  arrivingLabel: { zh: '节点载入进度', en: 'Nodes arrived' },
  facetCommunity: { zh: '社区', en: 'Community' },
  communityFacetHint: { zh: '按社区着色后，可只看其中一个社区。', en: 'Colour by community to show one community alone.' },
  communityFind: { zh: '划分社区', en: 'Find communities' },
  communityAll: { zh: '所有社区', en: 'All communities' },
  communityMissing: { zh: '当前视图没有第 {number} 个社区：显示全部。', en: 'This view has no community {number}: all are shown.' },
  communityShowOnly: { zh: '只看这个社区', en: 'Show this community alone' },
  legend: { zh: '图例', en: 'Legend' },
  legendShow: { zh: '展开图例', en: 'Show the legend' },
  legendHide: { zh: '收起图例', en: 'Hide the legend' },
  legendNone: { zh: '无', en: 'None' },
  legendOthers: { zh: '其余 {count} 项', en: '{count} more' },
  editorialEdge: { zh: '编辑补充的关系', en: 'Editorial link' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  fit: { zh: '适配可见节点', en: 'Fit visible nodes' },
  reset: { zh: '重置视图', en: 'Reset view' },
  graphLabel: {
    zh: 'AI 产业关系图（画布）；表格视图列出同样的节点',
    en: 'AI landscape graph (canvas); the table view lists the same nodes',
  },
  relayout: { zh: '重新布局可见节点', en: 'Re-layout visible nodes' },
  relayoutStop: { zh: '停止布局', en: 'Stop layout' },
  relayoutRestore: { zh: '恢复原布局', en: 'Restore layout' },
  relayoutProgress: { zh: '布局进度', en: 'Layout progress' },
  detailsTitle: { zh: '节点详情', en: 'Details' },
  detailsEmpty: {
    zh: '点击节点、搜索或在表格中选择，查看名称、关系和报告原文依据。',
    en: 'Click a node, search, or pick a row in the table to see its names, links and the evidence from the report.',
  },
  deselect: { zh: '取消选择', en: 'Clear selection' },
  hiddenByFilters: { zh: '当前筛选条件下此节点被隐藏', en: 'Hidden by the current filters' },
  showNeighbourhood: { zh: '只看它的邻域', en: 'Show its neighbourhood' },
  aliases: { zh: '别名', en: 'Aliases' },
  description: { zh: '简介', en: 'Description' },
  country: { zh: '国家/地区', en: 'Country' },
  founded: { zh: '成立', en: 'Founded' },
  released: { zh: '发布', en: 'Released' },
  openSource: { zh: '开源', en: 'Open source' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  website: { zh: '网址', en: 'Website' },
  evidence: { zh: '依据', en: 'Evidence' },
  noEvidence: { zh: '无来源引用', en: 'No source cited' },
  tableRow: { zh: '行', en: 'row' },
  sourceCount: { zh: '{count} 个来源', en: '{count} sources' },
  sourceLink: { zh: '来源链接', en: 'Link in the source' },
  disagreement: { zh: '来源说法不一 / Sources disagree', en: '来源说法不一 / Sources disagree' },
  disagreeDeveloper: { zh: '开发者：{claims}', en: 'Developer: {claims}' },
  parameters: { zh: '参数量', en: 'Parameters' },
  otherAttributes: { zh: '其他属性', en: 'Other attributes' },
  figureItem: { zh: '项目', en: 'Item' },
  figureValue: { zh: '数值', en: 'Value' },
  figureValueIn: { zh: '数值（{unit}）', en: 'Value ({unit})' },
  colourAttributeChoice: { zh: '着色属性', en: 'Colour attribute' },
  attributeGradient: { zh: '渐变', en: 'gradient' },
  attributePartition: { zh: '分类', en: 'categories' },
  labelBy: { zh: '标签', en: 'Label by' },
  labelByName: { zh: '名称（默认）', en: 'Name (default)' },
  edgeThickness: { zh: '连线粗细', en: 'Link thickness' },
  edgeThicknessEven: { zh: '统一（默认）', en: 'Even (default)' },
  attributeFilters: { zh: '数据自身的属性', en: "The data's own attributes" },
  attributeSplit: { zh: '按“{separator}”拆分', en: 'split at "{separator}"' },
  attributesLeftOut: { zh: '未作为筛选项：', en: 'Not offered as filters:' },
  attributeOneValue: { zh: '只有一个值', en: 'one value only' },
  attributeUnique: { zh: '每个节点的值都不同', en: 'a different value on every node' },
  attributeNoValues: { zh: '没有值', en: 'no values' },
  logScale: { zh: '对数刻度', en: 'log scale' },
  rangeFrom: { zh: '{name} 下限', en: '{name} from' },
  rangeUntil: { zh: '{name} 上限', en: '{name} up to' },
  rangeOpen: { zh: '不限', en: 'open' },
  rangeMin: { zh: '最小', en: 'Min' },
  rangeMax: { zh: '最大', en: 'Max' },
  rangeClear: { zh: '清除 {name} 范围', en: 'Clear {name} range' },
  rangeCount: { zh: '其余筛选下 {count} 个节点有数值', en: '{count} nodes with a number under the other filters' },
  rangeInvalid: { zh: '{count} 个非数值（NaN/无穷）不计入', en: '{count} not numbers (NaN/infinite) left out' },
  rangeNotANumber: { zh: '请输入数字，例如 1000 或 1e25', en: 'Type a number, such as 1000 or 1e25' },
  typeNumber: { zh: '数值', en: 'number' },
  typeBoolean: { zh: '是/否', en: 'yes/no' },
  typeList: { zh: '列表', en: 'list' },
  typeText: { zh: '文本', en: 'text' },
  trainingCompute: { zh: '训练算力', en: 'Training compute' },
  accessibility: { zh: '可获取性', en: 'Accessibility' },
  credits: { zh: '数据来源', en: 'Data sources' },
  creditsTitle: { zh: '数据来源：', en: 'Data sources: ' },
  foreignData: { zh: '外部数据：{origin}', en: 'Outside data: {origin}' },
  foreignDataNote: {
    zh: '此图谱来自 {origin}，不是本站的报告数据；引文与来源由该网站提供。',
    en: 'This graph comes from {origin}, not from this site’s report data; its quotes and sources are that site’s.',
  },
  editorial: { zh: '编辑补充 / Editorial', en: '编辑补充 / Editorial' },
  disputed: { zh: '有争议 / Disputed', en: '有争议 / Disputed' },
  correction: { zh: '更正：', en: 'Correction:' },
  evidenceNote: { zh: '引文如何说明此关系：', en: 'How the quote says it:' },
  relations: { zh: '关系', en: 'Links' },
  noRelations: { zh: '没有关系', en: 'No links' },
  section: { zh: '章节', en: 'Section' },
  note: { zh: '备注', en: 'Note' },
  colName: { zh: '名称', en: 'Name' },
  colKind: { zh: '类型', en: 'Kind' },
  colVendor: { zh: '厂商', en: 'Vendor' },
  colTracks: { zh: '赛道', en: 'Tracks' },
  colDegree: { zh: '关系数', en: 'Degree' },
  tableCaption: { zh: '可见节点（{count}）', en: 'Visible nodes ({count})' },
  tableTruncated: { zh: '仅显示前 {shown} 行，请用筛选缩小范围', en: 'Showing the first {shown} rows; narrow the filters to see the rest' },
  sortBy: { zh: '按{column}排序', en: 'Sort by {column}' },
  noticeTitle: { zh: '链接中有无法识别的参数，已忽略：', en: 'Parts of the link were not understood and were ignored:' },
  dismiss: { zh: '关闭提示', en: 'Dismiss' },
  errorTitle: { zh: '无法加载图谱数据', en: 'The graph data could not be loaded' },
  errorWhat: { zh: '加载失败的地址', en: 'What failed' },
  errorReason: { zh: '原因', en: 'Reason' },
  errorHint: { zh: '请检查链接中的 data= 参数，或打开默认图谱。', en: 'Check the data= parameter of the link, or open the default graph.' },
  drawingErrorTitle: { zh: '地图绘制出错', en: 'The map could not be drawn' },
  drawingErrorHint: {
    zh: '重新加载页面再试一次，或回到报告图谱。错误信息：',
    en: 'Reload the page to try again, or go back to the report graph. The error:',
  },
  reload: { zh: '重新加载', en: 'Reload' },
  skipToTable: { zh: '跳到表格视图（地图的文字版）', en: 'Skip to the table view (the map as text)' },
  selectedAnnounce: { zh: '已选择：{name}（{kind}）', en: 'Selected: {name} ({kind})' },
  menu: { zh: '菜单', en: 'Menu' },
  filtersButton: { zh: '筛选', en: 'Filters' },
  filtersActive: { zh: '筛选（{count}）', en: 'Filters ({count})' },
  sheetExpand: { zh: '展开详情', en: 'Expand the details' },
  sheetCollapse: { zh: '收起详情', en: 'Collapse the details' },
  sortColumn: { zh: '排序', en: 'Sort by' },
  errorDefault: { zh: '打开默认图谱', en: 'Open the default graph' },
  exportButton: { zh: '导出', en: 'Export' },
  exportTitle: { zh: '导出图谱', en: 'Export the graph' },
  exportScope: { zh: '范围', en: 'What to export' },
  scopeView: { zh: '当前视图（筛选后可见的节点）', en: 'Current view (the nodes visible after filters)' },
  scopeNeighbourhood: { zh: '所选节点的邻域（深度 {depth}）', en: 'Neighbourhood of the selection (depth {depth})' },
  scopeAll: { zh: '整个图谱', en: 'Whole graph' },
  exportFormat: { zh: '格式', en: 'Format' },
  formatJson: { zh: 'graphology JSON（无损）', en: 'graphology JSON (lossless)' },
  formatGexf: { zh: 'GEXF（Gephi）', en: 'GEXF (Gephi)' },
  formatGraphml: { zh: 'GraphML（Cytoscape、yEd、NetworkX）', en: 'GraphML (Cytoscape, yEd, NetworkX)' },
  formatCsv: { zh: 'CSV 节点表 + 边表（Excel、Gephi）', en: 'CSV nodes + edges (Excel, Gephi)' },
  formatCypher: { zh: 'Cypher 脚本（Neo4j）', en: 'Cypher script (Neo4j)' },
  formatNeo4jCsv: { zh: 'neo4j-admin 导入 CSV（zip）', en: 'neo4j-admin import CSVs (zip)' },
  formatPng: { zh: 'PNG 图片（含图例）', en: 'PNG image (with legend)' },
  formatSvg: { zh: 'SVG 矢量图（含图例）', en: 'SVG vector image (with legend)' },
  csvAsZip: { zh: '打包成一个 zip', en: 'One zip file' },
  csvAsFiles: { zh: '两个单独的文件', en: 'Two separate files' },
  pngScale: { zh: '倍率', en: 'Scale' },
  pictureNote: {
    zh: '图片导出屏幕上当前所见的内容（{width} × {height} 像素）',
    en: 'Images show what is on screen now ({width} × {height} px)',
  },
  exportCounts: { zh: '{nodes} 个节点，{edges} 条边', en: '{nodes} nodes, {edges} edges' },
  exportFileName: { zh: '文件名', en: 'File name' },
  exportDownload: { zh: '下载', en: 'Download' },
  exportWorking: { zh: '正在导出…', en: 'Exporting…' },
  exportFailed: { zh: '导出失败：{reason}', en: 'Export failed: {reason}' },
  cancel: { zh: '取消', en: 'Cancel' },
  importButton: { zh: '打开图谱', en: 'Open graph' },
  importInput: {
    zh: '打开图谱文件：GEXF、GraphML、JSON，或同时选择节点和边两个 CSV',
    en: 'Open a graph file: GEXF, GraphML, JSON, or a nodes and an edges CSV together',
  },
  importing: { zh: '正在读取文件…', en: 'Reading the file…' },
  importFailed: { zh: '无法打开这个文件，当前图谱保持不变。', en: 'The file could not be opened; the graph on screen is unchanged.' },
  importedShown: {
    zh: '正在查看导入的图谱：{name}（{nodes} 个节点，{edges} 条边）',
    en: 'Showing an imported graph: {name} ({nodes} nodes, {edges} edges)',
  },
  importWarnings: { zh: '{count} 条提示', en: '{count} warnings' },
  backToReport: { zh: '返回报告图谱', en: 'Back to the report graph' },
  dropHint: {
    zh: '松开鼠标即可打开：GEXF、GraphML、JSON，或节点 + 边两个 CSV',
    en: 'Drop to open: GEXF, GraphML, JSON, or a nodes + edges CSV pair',
  },
  sourceImported: { zh: '来源：{name}', en: 'Source: {name}' },
  growth: { zh: '增速', en: 'growth' },
  estimate: { zh: '预测', en: 'estimate' },
  // The time axis (timeline strip, new in this period, dates in details and table).
  timeline: { zh: '时间线', en: 'Timeline' },
  timelineShow: { zh: '展开时间线', en: 'Show the timeline' },
  timelineHide: { zh: '收起时间线', en: 'Hide the timeline' },
  timelineNoDates: { zh: '当前数据没有日期', en: 'No dates in this data' },
  timeWindowOn: { zh: '按时间筛选', en: 'Filter by time' },
  timeFrom: { zh: '起始月份', en: 'From (month)' },
  timeUntil: { zh: '截止月份', en: 'Until (month)' },
  timeUndated: { zh: '无日期的节点', en: 'Undated nodes' },
  timeUndatedKeep: { zh: '保留', en: 'Keep' },
  timeUndatedHide: { zh: '隐藏', en: 'Hide' },
  timePlay: { zh: '播放', en: 'Play' },
  timePause: { zh: '暂停', en: 'Pause' },
  timeSpeed: { zh: '播放速度', en: 'Speed' },
  timeZoom: { zh: '直方图只显示所选时段', en: 'Histogram of the window only' },
  timeCurrent: { zh: '当前截止', en: 'Up to' },
  timeHistogram: {
    zh: '每{unit}新增的有日期节点数：{first} 至 {last}，共 {dated} 个；无日期 {undated} 个',
    en: 'Dated nodes per {unit}: {first} to {last}, {dated} in all; {undated} undated',
  },
  unitMonth: { zh: '月', en: 'month' },
  unitQuarter: { zh: '季度', en: 'quarter' },
  unitYear: { zh: '年', en: 'year' },
  newInPeriod: { zh: '本时段新增（{count}）', en: 'New in this period ({count})' },
  newInPeriodMore: { zh: '另有 {count} 个', en: '{count} more' },
  dateLabel: { zh: '日期', en: 'Date' },
  datePrecision: { zh: '精度', en: 'Precision' },
  precisionYear: { zh: '年', en: 'year' },
  precisionMonth: { zh: '月', en: 'month' },
  precisionDay: { zh: '日', en: 'day' },
  dateSource: { zh: '日期依据', en: 'Date source' },
  dateEditorial: { zh: '编辑补充的日期：{note}', en: 'Editorial date: {note}' },
  dateRow: { zh: '{source} 第 {row} 行「{column}」', en: '{source}, row {row}, column "{column}"' },
  since: { zh: '始于', en: 'Since' },
  colDate: { zh: '日期', en: 'Date' },
  // The analysis panel (paths, rankings).
  analysisButton: { zh: '分析', en: 'Analyse' },
  analysisTitle: { zh: '分析', en: 'Analysis' },
  analysisTabs: { zh: '分析类型', en: 'Kind of analysis' },
  tabPath: { zh: '路径', en: 'Paths' },
  tabRank: { zh: '排名', en: 'Rankings' },
  tabCompare: { zh: '对比', en: 'Compare' },
  compareAdd: { zh: '加入对比', en: 'Add to comparison' },
  compareSearch: { zh: '搜索要对比的企业、产品或模型', en: 'Search a company, product or model to compare' },
  compareHint: {
    zh: '选择 2–4 个企业（或产品、模型），并排查看它们的赛道、模态、市场、商业模式、产品和模型。',
    en: 'Choose 2–4 companies (or products, models) to see their tracks, modalities, markets, business models, products and models side by side.',
  },
  compareFull: { zh: '最多对比 4 个', en: 'At most 4 at a time' },
  compareRemove: { zh: '移出对比：{name}', en: 'Remove from the comparison: {name}' },
  compareNeedTwo: { zh: '再选择至少一个', en: 'Choose at least one more' },
  compareShared: { zh: '共有', en: 'shared' },
  compareSharedCount: { zh: '{dimension}：共有 {shared} 项，共 {count} 项', en: '{dimension}: {shared} shared of {count}' },
  compareCsv: { zh: '下载 CSV', en: 'Download CSV' },
  compareHas: { zh: '{name} 有 {value}', en: '{name} has {value}' },
  compareVia: { zh: '通过：', en: 'Through:' },
  compareValue: { zh: '项目', en: 'Value' },
  dimTracks: { zh: '赛道', en: 'Tracks' },
  dimModalities: { zh: '模态', en: 'Modalities' },
  dimMarkets: { zh: '目标市场', en: 'Markets' },
  dimBusinessModels: { zh: '商业模式', en: 'Business models' },
  dimProducts: { zh: '产品', en: 'Products' },
  dimModels: { zh: '模型', en: 'Models' },
  pathFromHere: { zh: '从这里找路径', en: 'Path from here' },
  pathToHere: { zh: '找到这里的路径', en: 'Path to here' },
  pathFrom: { zh: '起点', en: 'From' },
  pathTo: { zh: '终点', en: 'To' },
  pathSearchFrom: { zh: '搜索路径起点', en: 'Search the start of the path' },
  pathSearchTo: { zh: '搜索路径终点', en: 'Search the end of the path' },
  pathNotChosen: { zh: '未选择', en: 'Not chosen' },
  pathSwap: { zh: '交换起点和终点', en: 'Swap the ends' },
  pathClear: { zh: '清除路径', en: 'Clear the path' },
  pathAvoidHubs: {
    zh: '绕开枢纽类节点（市场、概念、地区、模态、商业模式）',
    en: 'Avoid hubs (markets, concepts, regions, modalities, business models)',
  },
  pathHint: {
    zh: '选择两个节点，查看它们之间最短的关系链（最多 3 条），以及每一步的原文依据。',
    en: 'Choose two nodes to see the shortest chains of links between them (up to 3) and the evidence for each step.',
  },
  pathRunning: { zh: '正在查找路径…', en: 'Finding paths…' },
  pathFound: { zh: '{count} 条最短路径，每条 {hops} 步', en: '{count} shortest path(s) of {hops} step(s)' },
  pathNumber: { zh: '路径 {number}', en: 'Path {number}' },
  pathUnknown: { zh: '图谱中没有 “{id}”（可能来自链接）', en: '“{id}” is not in the graph (perhaps from a link)' },
  pathHidden: {
    zh: '“{name}” 被当前筛选隐藏，路径只在可见节点中查找',
    en: '“{name}” is hidden by the current filters; paths run through visible nodes only',
  },
  pathSame: { zh: '起点和终点是同一个节点', en: 'Both ends are the same node' },
  pathNone: { zh: '在当前视图中两者之间没有关系链', en: 'No chain of links joins them in the current view' },
  pathNoneHubs: { zh: '绕开枢纽时找不到；可取消“绕开枢纽”或放宽筛选', en: 'None while avoiding hubs; allow hubs or widen the filters' },
  pathNoneFiltered: { zh: '可放宽筛选后再试', en: 'Widen the filters to try again' },
  analysisFailed: { zh: '分析失败：{reason}', en: 'The analysis failed: {reason}' },
  rankMetric: { zh: '指标', en: 'Measure' },
  metricDegree: { zh: '度（相连节点数）', en: 'Degree (linked nodes)' },
  metricPagerank: { zh: 'PageRank', en: 'PageRank' },
  metricBetweenness: { zh: '中介中心性', en: 'Betweenness' },
  rankKind: { zh: '只列出', en: 'List only' },
  rankAllKinds: { zh: '全部类型', en: 'All kinds' },
  rankRunning: { zh: '正在计算…', en: 'Computing…' },
  rankCaption: { zh: '当前视图中 {count} 个节点的{metric}排名', en: '{metric} of the {count} nodes in the current view' },
  rankApproximate: {
    zh: '超过 {limit} 个节点时，中介中心性由抽样估算（种子固定，结果可复现）',
    en: 'Above {limit} nodes betweenness is estimated from sampled sources (seeded, so repeatable)',
  },
  rankEmpty: { zh: '当前视图没有节点可排名', en: 'No nodes in the current view to rank' },
  rankEdgeless: {
    zh: '当前视图中的节点之间没有关系，排名没有意义',
    en: 'The nodes in the current view have no links between them: nothing to rank',
  },
  rankColRank: { zh: '名次', en: 'Rank' },
  rankColValue: { zh: '数值', en: 'Value' },
  rankShowing: { zh: '显示前 {shown} 名', en: 'Showing the top {shown}' },
  sizeBy: { zh: '节点大小依据', en: 'Size nodes by' },
  sizeByData: { zh: '关系数（默认）', en: 'Links (default)' },
  scopePath: { zh: '显示的最短路径（{nodes} 个节点）', en: 'The paths on show ({nodes} nodes)' },
  analysisTime: { zh: '用时 {ms} 毫秒（后台线程）', en: '{ms} ms (in a worker)' },
} satisfies Record<string, Record<Language, string>>;

/** A model's accessibility as the data writes it (Epoch's column, mapped by its mapping file). */
export const ACCESSIBILITY_NAMES: Record<string, Record<Language, string>> = {
  'open-weights': { zh: '开放权重（无限制）', en: 'Open weights (unrestricted)' },
  'open-weights-restricted': { zh: '开放权重（限制用途）', en: 'Open weights (restricted use)' },
  'open-weights-non-commercial': { zh: '开放权重（非商用）', en: 'Open weights (non-commercial)' },
  api: { zh: 'API 访问', en: 'API access' },
  hosted: { zh: '托管访问（无 API）', en: 'Hosted access (no API)' },
  unreleased: { zh: '未发布', en: 'Unreleased' },
};

/**
 * Our own attributes by name, as the filter panel and the appearance choices title them; a file's attributes keep
 * the names the file gives them.
 */
export const ATTRIBUTE_NAMES: Record<string, Record<Language, string>> = {
  parameters: { zh: '参数量', en: 'Parameters' },
  trainingComputeFlop: { zh: '训练算力（FLOP）', en: 'Training compute (FLOP)' },
  accessibility: { zh: '可获取性', en: 'Accessibility' },
  country: { zh: '国家/地区', en: 'Country' },
  openSource: { zh: '开源', en: 'Open source' },
};

/** An attribute's title: ours in the current language (its key beside it), a file's as the file names it. */
export function attributeTitle(name: string, lang: Language, ours: boolean): string {
  const known = ours ? ATTRIBUTE_NAMES[name] : undefined;
  return known ? known[lang] : name;
}

/** 32,800,000,000 → "328亿" / "32.8 billion"; smaller numbers as they are, grouped. */
export function formatCount(value: number, lang: Language): string {
  const round = (n: number) => String(Number(n.toPrecision(3)));
  if (lang === 'zh') {
    if (value >= 1e12) return `${round(value / 1e12)}万亿`;
    if (value >= 1e8) return `${round(value / 1e8)}亿`;
    if (value >= 1e4) return `${round(value / 1e4)}万`;
  } else {
    if (value >= 1e12) return `${round(value / 1e12)} trillion`;
    if (value >= 1e9) return `${round(value / 1e9)} billion`;
    if (value >= 1e6) return `${round(value / 1e6)} million`;
  }
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
}

/** 3.8e24 → "3.8 × 10²⁴". */
export function formatScientific(value: number): string {
  if (!(value > 0)) return String(value);
  const exponent = Math.floor(Math.log10(value));
  const mantissa = Number((value / 10 ** exponent).toPrecision(3));
  const superscript = String(exponent).replace(/[-0-9]/g, (digit) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(digit)]);
  return `${mantissa} × 10${superscript}`;
}

export type StringKey = keyof typeof STRINGS;

/** Each colour mode's name in the legend's switch and in exported pictures' legend titles. */
export const COLOR_MODE_LABELS: Record<ColorMode, StringKey> = {
  kind: 'colourKind',
  modality: 'colourModality',
  track: 'colourTrack',
  source: 'colourSource',
  file: 'colourFile',
  attribute: 'colourAttribute',
  community: 'colourCommunity',
};
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translate(lang: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export interface I18n {
  lang: Language;
  t: Translate;
  /** The name of something in the current language. */
  name(names: { nameZh?: string; nameEn?: string; zh?: string; en?: string }): string;
}

export function makeI18n(lang: Language): I18n {
  return {
    lang,
    t: (key, values) => translate(lang, key, values),
    name: (names) => (lang === 'en' ? (names.nameEn ?? names.en) : (names.nameZh ?? names.zh)) ?? names.nameZh ?? names.zh ?? '',
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
