<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>Editor</source>
            <translation>编辑器</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>Generate questions…</source>
            <translation>生成题目…</translation>
        </message>
        <message>
            <source>Undone. Redo with Ctrl+Shift+Z.</source>
            <translation>已撤销。按 Ctrl+Shift+Z 可重做。</translation>
        </message>
        <message>
            <source>Redone. Undo with Ctrl+Z.</source>
            <translation>已重做。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Make quiz questions from the selected events, to review before saving</source>
            <translation>根据所选事件生成测验题，保存前可先审阅</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>（新）</translation>
        </message>
        <message>
            <source>new, not saved yet</source>
            <translation>新建，尚未保存</translation>
        </message>
        <message>
            <source>unsaved changes</source>
            <translation>有未保存的更改</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>“%s” has changes that are not saved. Discard them?</source>
            <translation>“%s”有未保存的更改。要放弃吗？</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>新条目</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>译文</translation>
        </message>
        <message>
            <source>Some texts are not translated or may be out of date.</source>
            <translation>有些文字尚未翻译，或译文可能已过时。</translation>
        </message>
        <message>
            <source>“%s” has changes that are not saved. Save them before closing?</source>
            <translation>“%s”有未保存的更改。关闭前要保存吗？</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Not saved: %s</source>
            <translation>未保存：%s</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields first.</source>
            <translation>未保存：请先修正标出的字段。</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>添加“%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>编辑“%1”</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>删除“%1”</translation>
        </message>
        <message>
            <source>Deleted “%1”. Undo with Ctrl+Z.</source>
            <translation>已删除“%1”。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>Translate “%1” into %2</source>
            <translation>将“%1”翻译为%2</translation>
        </message>
        <message>
            <source>Saved. Undo with Ctrl+Z.</source>
            <translation>已保存。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>Not deleted: %s.</source>
            <translation>未删除：%s。</translation>
        </message>
        <message>
            <source>Translation saved. Undo with Ctrl+Z.</source>
            <translation>译文已保存。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Generate questions</source>
            <translation>生成题目</translation>
        </message>
        <message>
            <source>Select one or more events first.</source>
            <translation>请先选择一个或多个事件。</translation>
        </message>
        <message numerus="yes">
            <source>Add %n generated question(s) to module %1</source>
            <translation>
                <numerusform>添加 %n 道生成的题目到单元“%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s) to module %1. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已添加 %n 道题目到单元“%1”。按 Ctrl+Z 可撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n generated question(s)</source>
            <translation>
                <numerusform>添加 %n 道生成的题目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已添加 %n 道题目。按 Ctrl+Z 可撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>条目类型</translation>
        </message>
        <message>
            <source>Search items</source>
            <translation>搜索条目</translation>
        </message>
        <message>
            <source>Search titles and ids…</source>
            <translation>搜索标题和编号…</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Items of the chosen kind; arrow keys move, Shift or Ctrl selects several</source>
            <translation>所选类型的条目；用方向键移动，按住 Shift 或 Ctrl 可多选</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>显示(&amp;H)：</translation>
        </message>
        <message>
            <source>Show items</source>
            <translation>显示哪些条目</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>全部条目</translation>
        </message>
        <message>
            <source>Not yet translated into %s</source>
            <translation>尚未译成%s</translation>
        </message>
        <message>
            <source>Translation may be out of date: %s</source>
            <translation>译文可能已过时：%s</translation>
        </message>
        <message>
            <source>Se&amp;arch:</source>
            <translation>搜索(&amp;A)：</translation>
        </message>
        <message>
            <source>alliance</source>
            <translation>同盟</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>伙伴关系</translation>
        </message>
        <message>
            <source>warming</source>
            <translation>回暖</translation>
        </message>
        <message>
            <source>strained</source>
            <translation>紧张</translation>
        </message>
        <message>
            <source>rivalry</source>
            <translation>竞争</translation>
        </message>
        <message>
            <source>hostility</source>
            <translation>敌对</translation>
        </message>
        <message>
            <source>dependence</source>
            <translation>依赖</translation>
        </message>
        <message>
            <source>double line</source>
            <translation>双线</translation>
        </message>
        <message>
            <source>solid line</source>
            <translation>实线</translation>
        </message>
        <message>
            <source>dashed line</source>
            <translation>虚线</translation>
        </message>
        <message>
            <source>dotted line</source>
            <translation>点线</translation>
        </message>
        <message>
            <source>dash-dot line</source>
            <translation>点划线</translation>
        </message>
        <message>
            <source>zigzag line</source>
            <translation>锯齿线</translation>
        </message>
        <message>
            <source>dash-dot-dot line</source>
            <translation>双点划线</translation>
        </message>
        <message>
            <source>Answer options</source>
            <translation>答案选项</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>正确</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>添加选项</translation>
        </message>
        <message>
            <source>Remove option</source>
            <translation>删除选项</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>正确</translation>
        </message>
        <message>
            <source>Tick if this option is a correct answer</source>
            <translation>如果此选项是正确答案，请勾选</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Teaching review</source>
            <translation>教学审核</translation>
        </message>
        <message>
            <source>Teaching review (saving is still allowed):</source>
            <translation>教学审核（仍可保存）：</translation>
        </message>
        <message>
            <source>Stop %1</source>
            <translation>第 %1 站</translation>
        </message>
        <message>
            <source>Stops, in order</source>
            <translation>各站（按顺序）</translation>
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up / Alt+Down, to move it; Delete removes it.</source>
            <translation>拖动一站，或按 Alt+上 / Alt+下 移动它；按 Delete 删除。</translation>
        </message>
        <message>
            <source>Add stop</source>
            <translation>添加一站</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>删除此站</translation>
        </message>
        <message>
            <source>%1 (no such item any more)</source>
            <translation>%1（此项已不存在）</translation>
        </message>
        <message>
            <source>Filter by title or id</source>
            <translation>按标题或 ID 筛选</translation>
        </message>
        <message>
            <source>Type to filter by title or id</source>
            <translation>输入文字以按标题或 ID 筛选</translation>
        </message>
        <message>
            <source>Items to choose: Enter chooses the highlighted one</source>
            <translation>可选项目：Enter 选择高亮的一项</translation>
        </message>
        <message>
            <source>Items to choose: Space ticks or unticks</source>
            <translation>可选项目：空格键勾选或取消</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>筛选(&amp;F)：</translation>
        </message>
        <message>
            <source>Where in the source (optional)</source>
            <translation>在来源中的位置（可选）</translation>
        </message>
        <message>
            <source>¶8, a page</source>
            <translation>¶8、页码</translation>
        </message>
        <message>
            <source>&amp;Where in it:</source>
            <translation>其中位置(&amp;W)：</translation>
        </message>
        <message>
            <source>Choose &amp;none</source>
            <translation>不选(&amp;N)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Enter chooses the highlighted one; Esc keeps what was chosen.</source>
            <translation>Enter 选择高亮的一项；Esc 保留原来的选择。</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>已选：%1</translation>
        </message>
        <message>
            <source>Stop: %1</source>
            <translation>此站：%1</translation>
        </message>
        <message>
            <source>Move stop</source>
            <translation>移动一站</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Language of the translation</source>
            <translation>译文的语言</translation>
        </message>
        <message>
            <source>Save translation</source>
            <translation>保存译文</translation>
        </message>
        <message>
            <source>English: %s</source>
            <translation>英文：%s</translation>
        </message>
        <message>
            <source>⚠ May be out of date: the English changed since it was translated.</source>
            <translation>⚠ 可能已过时：翻译之后英文原文有改动。</translation>
        </message>
        <message>
            <source>Not translated yet.</source>
            <translation>尚未翻译。</translation>
        </message>
        <message>
            <source>%s, translated</source>
            <translation>%s（译文）</translation>
        </message>
        <message>
            <source>Save the item first to translate it.</source>
            <translation>请先保存该条目，再进行翻译。</translation>
        </message>
        <message numerus="yes">
            <source>%1 of the content translated; %n text(s) missing.</source>
            <translation>
                <numerusform>内容已翻译 %1；缺少 %n 处译文。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) may be out of date.</source>
            <translation>
                <numerusform>%n 处译文可能已过时。</numerusform>
            </translation>
        </message>
        <message>
            <source>%s: write each pair as 'left = right'.</source>
            <translation>%s：每一对请写成“左 = 右”。</translation>
        </message>
        <message>
            <source>%s: give every entry some text.</source>
            <translation>%s：每一项都需要填写内容。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entry(ies), but the English has %2; give them in the same order.</source>
            <translation>
                <numerusform>%1：有 %n 项，但英文有 %2 项；请按相同顺序给出。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Choose… (F4)</source>
            <translation>选择…（F4）</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Clear (Delete)</source>
            <translation>清除（Delete）</translation>
        </message>
        <message>
            <source>None chosen: press F4 to choose</source>
            <translation>尚未选择：按 F4 选择</translation>
        </message>
        <message>
            <source>Choose: %1</source>
            <translation>选择：%1</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>选择</translation>
        </message>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD: never more precise than the source.</source>
            <translation>YYYY、YYYY-MM 或 YYYY-MM-DD：不要比来源更精确。</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>Multiple select</source>
            <translation>多选</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>判断对错</translation>
        </message>
        <message>
            <source>Put in order</source>
            <translation>排序</translation>
        </message>
        <message>
            <source>Match pairs</source>
            <translation>配对</translation>
        </message>
        <message>
            <source>Place on the timeline</source>
            <translation>在时间线上标出</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>简答</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>双向</translation>
        </message>
        <message>
            <source>A acts on B</source>
            <translation>A 作用于 B</translation>
        </message>
        <message>
            <source>B acts on A</source>
            <translation>B 作用于 A</translation>
        </message>
        <message>
            <source>Recall a fact</source>
            <translation>回忆事实</translation>
        </message>
        <message>
            <source>Reasoning: why, what follows</source>
            <translation>推理：为什么，结果如何</translation>
        </message>
        <message>
            <source>Perspective: how a capital sees it</source>
            <translation>视角：某国首都如何看待</translation>
        </message>
        <message>
            <source>Sources: the article against the evidence</source>
            <translation>来源：文章与证据对照</translation>
        </message>
        <message>
            <source>From the article</source>
            <translation>出自文章</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>文章发表之后</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>A stable id: lowercase letters, digits and '-'. It cannot change once saved.</source>
            <translation>固定编号：小写字母、数字和“-”。保存后不能更改。</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>empty: a point in time / still holds</source>
            <translation>留空：表示某一时刻 / 仍然有效</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>重要性</translation>
        </message>
        <message>
            <source>1 minor … 5 landmark</source>
            <translation>1 次要 … 5 里程碑</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>参与方</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Article ¶</source>
            <translation>文章段落 ¶</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Former name</source>
            <translation>旧称</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>更名时间</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>2–3 letters</source>
            <translation>2–3 个字母</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Lane order</source>
            <translation>轨道顺序</translation>
        </message>
        <message>
            <source>Actor A</source>
            <translation>参与方 A</translation>
        </message>
        <message>
            <source>Actor B</source>
            <translation>参与方 B</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>强度</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>开始于事件</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>结束于事件</translation>
        </message>
        <message>
            <source>What the article says</source>
            <translation>文章的说法</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Where public reporting differs or adds to it</source>
            <translation>公开报道有出入或有补充之处</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发表时间</translation>
        </message>
        <message>
            <source>Address (URL)</source>
            <translation>网址（URL）</translation>
        </message>
        <message>
            <source>Syndicated copy</source>
            <translation>转载副本</translation>
        </message>
        <message>
            <source>A copy through an aggregator</source>
            <translation>经聚合网站转载的副本</translation>
        </message>
        <message>
            <source>Tick when this page copies another outlet's report (prefer the original)</source>
            <translation>此页面转载其他媒体的报道时勾选（优先使用原始来源）</translation>
        </message>
        <message>
            <source>Original outlet</source>
            <translation>原始媒体</translation>
        </message>
        <message>
            <source>Who first published it (for a copy)</source>
            <translation>最早发表者（针对副本）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>题型</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Tick every correct option</source>
            <translation>勾选所有正确的选项</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>true/false, a year, or a partial date</source>
            <translation>true/false、年份或部分日期</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <source>years or months for full credit</source>
            <translation>得满分允许相差的年数或月数</translation>
        </message>
        <message>
            <source>Events in order</source>
            <translation>按顺序的事件</translation>
        </message>
        <message>
            <source>The events, earliest first: F4 chooses, Alt+Up and Alt+Down there move one</source>
            <translation>事件，最早的在前：按 F4 选择，在列表中用 Alt+上/下箭头移动</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>配对</translation>
        </message>
        <message>
            <source>One 'left = right' per line</source>
            <translation>每行一个“左 = 右”</translation>
        </message>
        <message>
            <source>Accepted answers</source>
            <translation>可接受的答案</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>每行一个</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>解释</translation>
        </message>
        <message>
            <source>Shown after answering</source>
            <translation>作答后显示</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>论断</translation>
        </message>
        <message>
            <source>In modules</source>
            <translation>所属单元</translation>
        </message>
        <message>
            <source>The modules (lessons) this question is part of; saved with the question, one undo step</source>
            <translation>此题所属的单元（课）；与题目一起保存，可一步撤销</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>The questions in lesson order: F4 chooses, Alt+Up and Alt+Down there move one</source>
            <translation>按课堂顺序排列的题目：按 F4 选择，在列表中用 Alt+上/下箭头移动</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>各站</translation>
        </message>
        <message>
            <source>The stops in order; each drives the timeline and the map</source>
            <translation>按顺序排列的各站；每一站都会带动时间线和关系图</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>时期</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>故事</translation>
        </message>
        <message>
            <source>There is no actor “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）参与方“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>There is no theme “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）主题“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>There is no event “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）事件“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>There is no claim “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）论断“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>There is no source “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）来源“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>There is no relation “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）关系“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>There is no question “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）题目“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>There is no module “%1” (any more): press F4 to choose another.</source>
            <translation>没有（或已不再有）单元“%1”：按 F4 另选一个。</translation>
        </message>
        <message>
            <source>The sources, in order, each with where in it (¶8, a page) if you like. F4 chooses.</source>
            <translation>来源，按顺序排列，可注明在其中的位置（¶8、页码）。按 F4 选择。</translation>
        </message>
        <message>
            <source>F4, Enter or Alt+Down opens a list to choose from; type there to filter by title or id.</source>
            <translation>按 F4、Enter 或 Alt+下箭头打开可选列表；在其中输入文字可按标题或 ID 筛选。</translation>
        </message>
        <message>
            <source>F4, Enter or Alt+Down opens a list: type to filter by title or id, Enter chooses one.</source>
            <translation>按 F4、Enter 或 Alt+下箭头打开列表：输入文字可按标题或 ID 筛选，按 Enter 选择一项。</translation>
        </message>
        <message>
            <source>Optional. F4, Enter or Alt+Down opens a list: type to filter, Enter chooses one; Delete leaves it empty.</source>
            <translation>可选。按 F4、Enter 或 Alt+下箭头打开列表：输入文字筛选，按 Enter 选择一项；按 Delete 留空。</translation>
        </message>
        <message>
            <source>Stop id</source>
            <translation>站点 ID</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>章节</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Timeline span</source>
            <translation>时间线范围</translation>
        </message>
        <message>
            <source>Map date</source>
            <translation>关系图日期</translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>对比日期</translation>
        </message>
        <message>
            <source>Check question</source>
            <translation>检测题</translation>
        </message>
        <message>
            <source>Discussion prompt</source>
            <translation>讨论题</translation>
        </message>
        <message>
            <source>Start and end of the timeline's view, e.g. 2023-09, 2024-12; every event must fall inside it.</source>
            <translation>时间线视图的起止日期，例如 2023-09, 2024-12；每个事件都必须落在其中。</translation>
        </message>
        <message>
            <source>The relationship map's date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
            <translation>关系图的日期（YYYY、YYYY-MM 或 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Optional: the map compares this date with the map date.</source>
            <translation>可选：关系图将此日期与关系图日期进行对比。</translation>
        </message>
        <message>
            <source>Paragraph numbers of the article, comma-separated; empty for a background stop.</source>
            <translation>文章的段落编号，用逗号分隔；背景站留空。</translation>
        </message>
        <message>
            <source>(new stop)</source>
            <translation>（新的一站）</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Read-only: {0} cannot be written here, so answers and edits are not saved. Ask for write access to keep them.</source>
            <translation>只读：无法在此写入 {0}，因此答案和修改都不会被保存。如需保留，请申请写入权限。</translation>
        </message>
    </context>
    <context>
        <name>AppearanceController</name>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>高对比度(&amp;H)</translation>
        </message>
        <message>
            <source>Text &amp;size</source>
            <translation>文字大小(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>放大文字(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>缩小文字(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>默认文字大小(&amp;D)</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>文字大小：%1%</translation>
        </message>
    </context>
    <context>
        <name>BarPlotWidget</name>
        <message>
            <source>A bar chart; the results table holds the same numbers</source>
            <translation>条形图；结果表中有相同的数字</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>尚无作答</translation>
        </message>
    </context>
    <context>
        <name>CheckQuestion</name>
        <message>
            <source>Check your understanding</source>
            <translation>检验你的理解</translation>
        </message>
        <message>
            <source>Choose your name in the Quiz to keep this answer with your results.</source>
            <translation>在“测验”中选择你的名字，这个答案才会记入你的成绩。</translation>
        </message>
    </context>
    <context>
        <name>ChoiceInput</name>
        <message>
            <source>True</source>
            <translation>对</translation>
        </message>
        <message>
            <source>False</source>
            <translation>错</translation>
        </message>
        <message>
            <source>Option %1: %2</source>
            <translation>选项 %1：%2</translation>
        </message>
        <message>
            <source>right answer</source>
            <translation>正确答案</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>你的选择</translation>
        </message>
        <message>
            <source>Choose true or false first.</source>
            <translation>请先选择对或错。</translation>
        </message>
        <message>
            <source>Choose an option first.</source>
            <translation>请先选择一个选项。</translation>
        </message>
    </context>
    <context>
        <name>CompareTableModel</name>
        <message>
            <source>appeared</source>
            <translation>出现</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>changed kind</source>
            <translation>类型改变</translation>
        </message>
        <message>
            <source>same kind, new terms</source>
            <translation>类型相同，条件改变</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>双方</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>变化</translation>
        </message>
    </context>
    <context>
        <name>CompareWidget</name>
        <message>
            <source>First date to compare</source>
            <translation>比较的第一个日期</translation>
        </message>
        <message>
            <source>Second date to compare</source>
            <translation>比较的第二个日期</translation>
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation>YYYY 或 YYYY-MM</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>比较(&amp;C)</translation>
        </message>
        <message>
            <source>Compare the two dates</source>
            <translation>比较这两个日期</translation>
        </message>
        <message>
            <source>Relations at the two dates and what changed</source>
            <translation>两个日期的关系及其变化</translation>
        </message>
        <message>
            <source>Compare &amp;from</source>
            <translation>比较起点(&amp;F)</translation>
        </message>
        <message>
            <source>with</source>
            <translation>与</translation>
        </message>
        <message>
            <source>first date</source>
            <translation>第一个日期</translation>
        </message>
        <message>
            <source>second date</source>
            <translation>第二个日期</translation>
        </message>
        <message>
            <source>The %1 “%2” is not usable: type YYYY or YYYY-MM between %3 and %4.</source>
            <translation>%1“%2”无法使用：请输入 %3 至 %4 之间的 YYYY 或 YYYY-MM。</translation>
        </message>
        <message>
            <source>%1 — labelled: what ended by the second date</source>
            <translation>%1 — 标注：到第二个日期时已结束的关系</translation>
        </message>
        <message>
            <source>%1 — labelled: what is new since the first date</source>
            <translation>%1 — 标注：第一个日期之后新出现的关系</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) gained a relation</source>
            <translation>
                <numerusform>%n 对新增了关系</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lost all</source>
            <translation>
                <numerusform>%n 对失去全部关系</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed kind</source>
            <translation>
                <numerusform>%n 对类型改变</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stayed the same</source>
            <translation>
                <numerusform>%n 对保持不变</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1 to %2: %3.</source>
            <translation>从 %1 到 %2：%3。</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>Save the table of the page shown as a CSV file for a spreadsheet</source>
            <translation>将当前页面的表格保存为 CSV 文件，供电子表格使用</translation>
        </message>
        <message>
            <source>Read the results again</source>
            <translation>重新读取成绩</translation>
        </message>
        <message>
            <source>Class average per module</source>
            <translation>各单元的班级平均分</translation>
        </message>
        <message>
            <source>Hardest questions: share answered correctly</source>
            <translation>最难的题目：答对的比例</translation>
        </message>
        <message>
            <source>Students per mastery band (all modules; no names, safe to project)</source>
            <translation>各掌握程度的学生人数（全部单元；不显示姓名，可投影）</translation>
        </message>
        <message>
            <source>&amp;Modules</source>
            <translation>单元(&amp;M)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;Students</source>
            <translation>学生(&amp;S)</translation>
        </message>
        <message>
            <source>Q&amp;uestions</source>
            <translation>题目(&amp;U)</translation>
        </message>
        <message>
            <source>Results table: %s</source>
            <translation>结果表：%s</translation>
        </message>
        <message>
            <source>One row per item; arrow keys move, click a header to sort</source>
            <translation>每行一项；用方向键移动，点击表头排序</translation>
        </message>
        <message>
            <source>often: %s</source>
            <translation>常见：%s</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n 次作答</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>已答 %n 道题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n row(s) to %1</source>
            <translation>
                <numerusform>已将 %n 行保存到 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n 名学生</numerusform>
            </translation>
        </message>
        <message>
            <source>Export class results</source>
            <translation>导出班级成绩</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %s: %s</source>
            <translation>无法写入 %s：%s</translation>
        </message>
    </context>
    <context>
        <name>DateControlWidget</name>
        <message>
            <source>▶ Play</source>
            <translation>▶ 播放</translation>
        </message>
        <message>
            <source>Play through the years</source>
            <translation>按年份播放</translation>
        </message>
        <message>
            <source>Step through the years one by one (press again to stop)</source>
            <translation>逐年前进（再按一次停止）</translation>
        </message>
        <message>
            <source>Date of the relationship map</source>
            <translation>关系图的日期</translation>
        </message>
        <message>
            <source>Date (year or year-month)</source>
            <translation>日期（年或年-月）</translation>
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation>YYYY 或 YYYY-MM</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>“%1”: there is no such month; months run from 01 to 12.</source>
            <translation>“%1”：没有这个月份；月份为 01 到 12。</translation>
        </message>
        <message>
            <source>“%1” is outside the map: choose a date from %2 to %3.</source>
            <translation>“%1”超出范围：请选择 %2 到 %3 之间的日期。</translation>
        </message>
        <message>
            <source>“%1” is not a year or a month: type YYYY or YYYY-MM, for example 2017 or 2024-06.</source>
            <translation>“%1”不是年份或月份：请输入 YYYY 或 YYYY-MM，例如 2017 或 2024-06。</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ 停止</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>停止播放</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsWidget</name>
        <message>
            <source>From the article</source>
            <translation>出自文章</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>文章发表之后</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>事件详情</translation>
        </message>
        <message>
            <source>Now showing %1, also selected on the timeline.</source>
            <translation>现在显示%1，时间线上也已选中。</translation>
        </message>
        <message>
            <source>Why is Beijing caught between allies as Moscow and Pyongyang draw close? Click any mark on the timeline, or open one of these turning points:</source>
            <translation>在莫斯科与平壤走近之际，北京为何夹在盟友之间？点击时间线上的任意标记，或打开下面这些转折点：</translation>
        </message>
        <message>
            <source>Drag the red line on the timeline, or the date slider, to see how the relations stood at that moment.</source>
            <translation>拖动时间线上的红线或日期滑块，查看那一刻的关系状况。</translation>
        </message>
        <message>
            <source>Or follow the story: the article's argument, stop by stop</source>
            <translation>或者跟随故事：一站一站地了解文章的论点</translation>
        </message>
        <message>
            <source>Then test yourself in the Quiz</source>
            <translation>然后在测验中检验自己</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>从这里开始</translation>
        </message>
        <message>
            <source>article paragraph</source>
            <translation>文章段落</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>参与方</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>What the article says</source>
            <translation>文章的说法</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Related events</source>
            <translation>相关事件</translation>
        </message>
    </context>
    <context>
        <name>EventLanesItem</name>
        <message numerus="yes">
            <source>%n more event(s) here: click to zoom in</source>
            <translation>
                <numerusform>这里还有 %n 个事件：点击放大</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventListWidget</name>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>All events in date order; select one to see its details</source>
            <translation>按日期排列的全部事件；选择一个查看详情</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>参与方</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>In the article</source>
            <translation>文章中</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>文章发表之后</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export content pack</source>
            <translation>导出内容包</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>导出题目</translation>
        </message>
        <message>
            <source>Print worksheet, answer key or timeline handout</source>
            <translation>打印练习纸、答案或时间线讲义</translation>
        </message>
        <message>
            <source>Export class results</source>
            <translation>导出班级成绩</translation>
        </message>
        <message>
            <source>Enter teacher mode (Teacher menu) to use this.</source>
            <translation>请先进入教师模式（“教师”菜单）才能使用。</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>All modules</source>
            <translation>全部单元</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>单元(&amp;M)：</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>起始年份</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>结束年份</translation>
        </message>
        <message>
            <source>&amp;From year:</source>
            <translation>起始年份(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;To year:</source>
            <translation>结束年份(&amp;T)：</translation>
        </message>
        <message>
            <source>Language of the questions and the printed words</source>
            <translation>题目和印刷文字的语言</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Pack title</source>
            <translation>内容包标题</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>标题(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>作者(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>另存为(&amp;S)…</translation>
        </message>
        <message>
            <source>This export contains every right answer: enter teacher mode (Teacher menu) to save it.</source>
            <translation>此导出包含全部正确答案：请先进入教师模式（“教师”菜单）再保存。</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Nothing was written.

%s</source>
            <translation>没有写入任何内容。

%s</translation>
        </message>
        <message>
            <source>Saved %s: %s.</source>
            <translation>已保存 %s：%s。</translation>
        </message>
        <message>
            <source>Saved %s.</source>
            <translation>已保存 %s。</translation>
        </message>
        <message>
            <source>Skipped (no equivalent in this format): %s.</source>
            <translation>已跳过（此格式中没有对应项）：%s。</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n 次作答</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n 条语句</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n 道题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n 个事件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n era(s)</source>
            <translation>
                <numerusform>%n 个时期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s)</source>
            <translation>
                <numerusform>%n 站</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s)</source>
            <translation>
                <numerusform>%n 个参与方</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n 个主题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n 个来源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relation(s)</source>
            <translation>
                <numerusform>%n 项关系</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n 条论断</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n 个单元</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story(ies)</source>
            <translation>
                <numerusform>%n 个故事</numerusform>
            </translation>
        </message>
        <message>
            <source>Content pack (all content, or one module and what it needs)</source>
            <translation>内容包（全部内容，或一个单元及其所需内容）</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>内容包 (*.zip)</translation>
        </message>
        <message>
            <source>GIFT text (Moodle and many other tools)</source>
            <translation>GIFT 文本（Moodle 及许多其他工具）</translation>
        </message>
        <message>
            <source>GIFT files (*.gift *.txt)</source>
            <translation>GIFT 文件 (*.gift *.txt)</translation>
        </message>
        <message>
            <source>Moodle XML</source>
            <translation>Moodle XML</translation>
        </message>
        <message>
            <source>Moodle XML (*.xml)</source>
            <translation>Moodle XML (*.xml)</translation>
        </message>
        <message>
            <source>Worksheet for students</source>
            <translation>学生练习纸</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Answer key (teachers only)</source>
            <translation>答案（仅限教师）</translation>
        </message>
        <message>
            <source>Timeline handout of a period</source>
            <translation>某一时期的时间线讲义</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV), one row per answer</source>
            <translation>电子表格（CSV），每个答案一行</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>xAPI statements (JSON), pseudonymous</source>
            <translation>xAPI 语句（JSON），使用化名</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>Feedback: the answer, the explanation and the sources</source>
            <translation>反馈：答案、解释和来源</translation>
        </message>
        <message>
            <source>Show on time&amp;line</source>
            <translation>在时间线上显示(&amp;L)</translation>
        </message>
        <message>
            <source>Show this event on the timeline</source>
            <translation>在时间线上显示此事件</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>下一题(&amp;N)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>下一题</translation>
        </message>
        <message>
            <source>Correct!</source>
            <translation>正确！</translation>
        </message>
        <message>
            <source>Partly right: %1 % of the credit</source>
            <translation>部分正确：得分 %1 %</translation>
        </message>
        <message>
            <source>Not quite</source>
            <translation>不太对</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Fi&amp;nish</source>
            <translation>完成(&amp;N)</translation>
        </message>
        <message>
            <source>The answer:</source>
            <translation>答案：</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>FeedbackText</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n个月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n年</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a distance: years, then months</comment>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>Right.</source>
            <translation>回答正确。</translation>
        </message>
        <message>
            <source>You chose “%1”.</source>
            <translation>你选择了“%1”。</translation>
        </message>
        <message>
            <source>Right: you picked every correct option and nothing else.</source>
            <translation>正确：你选中了所有正确选项，没有多选。</translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %n correct option(s).</source>
            <translation>
                <numerusform>正确选项共%n个，你选对了%1个。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %2 correct options and %n wrong one(s).</source>
            <translation>
                <numerusform>正确选项共%2个，你选对了%1个，另外还选了%n个错误选项。</numerusform>
            </translation>
        </message>
        <message>
            <source>You answered “%1”.</source>
            <translation>你的回答是“%1”。</translation>
        </message>
        <message>
            <source>Right: every event is in its place.</source>
            <translation>正确：每个事件都在正确的位置上。</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) of events are in the right order.</source>
            <translation>
                <numerusform>%n对事件中，有%1对的先后顺序正确。</numerusform>
            </translation>
        </message>
        <message>
            <source>Right: every pair matches.</source>
            <translation>正确：每一组都配对正确。</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) match.</source>
            <translation>
                <numerusform>%n组中有%1组配对正确。</numerusform>
            </translation>
        </message>
        <message>
            <source>Right on: %1.</source>
            <translation>完全正确：%1。</translation>
        </message>
        <message>
            <source>%1 is %2 off, close enough.</source>
            <translation>你给出的%1相差%2，已经足够接近。</translation>
        </message>
        <message>
            <source>%1 is %2 too late.</source>
            <translation>你给出的%1晚了%2。</translation>
        </message>
        <message>
            <source>%1 is %2 too early.</source>
            <translation>你给出的%1早了%2。</translation>
        </message>
        <message>
            <source>No answer given.</source>
            <translation>没有作答。</translation>
        </message>
        <message>
            <source>“%1” is not what we were looking for.</source>
            <translation>“%1”不是我们要找的答案。</translation>
        </message>
        <message>
            <source>True</source>
            <translation>对</translation>
        </message>
        <message>
            <source>False</source>
            <translation>错</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the right options</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>%1 (± %2)</source>
            <comment>a year and how far off still counts</comment>
            <translation>%1（±%2）</translation>
        </message>
    </context>
    <context>
        <name>GenerateQuestionsDialog</name>
        <message>
            <source>Review generated questions</source>
            <translation>审阅生成的题目</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) made</source>
            <translation>
                <numerusform>共生成 %n 道题目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 from %n event(s). Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</source>
            <translation>
                <numerusform>%1，依据 %n 个事件。取消勾选要舍弃的题目；选中一道可编辑。按“添加到单元”之前不会保存任何内容。</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated questions: ticked ones will be added</source>
            <translation>生成的题目：勾选的将被添加</translation>
        </message>
        <message>
            <source> (already in the question bank: keeping it updates it)</source>
            <translation>（题库中已有：保留会更新它）</translation>
        </message>
        <message>
            <source>Module to add the questions to</source>
            <translation>题目要添加到的单元</translation>
        </message>
        <message>
            <source>(no module: only the question bank)</source>
            <translation>（不选单元：仅加入题库）</translation>
        </message>
        <message>
            <source>Add to module</source>
            <translation>添加到单元</translation>
        </message>
        <message>
            <source>Add the ticked questions to &amp;module:</source>
            <translation>将勾选的题目添加到单元(&amp;M)：</translation>
        </message>
        <message>
            <source>[update] </source>
            <translation>[更新] </translation>
        </message>
        <message>
            <source>Question %d: %s: %s</source>
            <translation>第 %d 题：%s：%s</translation>
        </message>
        <message>
            <source>No question is ticked.</source>
            <translation>没有勾选任何题目。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import content or questions</source>
            <translation>导入内容或题目</translation>
        </message>
        <message>
            <source>Choose a content pack (.zip), a GIFT file (.gift, .txt) or a Moodle XML file (.xml). You will see what changes before anything is written.</source>
            <translation>请选择内容包（.zip）、GIFT 文件（.gift、.txt）或 Moodle XML 文件（.xml）。写入之前你会先看到将要发生的变化。</translation>
        </message>
        <message>
            <source>What the import would change</source>
            <translation>导入将带来的变化</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>导入进度</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Stop reading or importing: nothing is changed</source>
            <translation>停止读取或导入：不会更改任何内容</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Trilemma packs, GIFT, Moodle XML (*.zip *.trilemma *.gift *.txt *.xml);;All files (*)</source>
            <translation>Trilemma 内容包、GIFT、Moodle XML (*.zip *.trilemma *.gift *.txt *.xml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>正在读取 %s…</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed.</source>
            <translation>已停止。没有更改任何内容。</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>Opening the pack…</source>
            <translation>正在打开内容包…</translation>
        </message>
        <message>
            <source>Reading the file: %1 of %2</source>
            <translation>正在读取文件：%1 / %2</translation>
        </message>
        <message>
            <source>Checking: %1 of %2</source>
            <translation>正在检查：%1 / %2</translation>
        </message>
        <message>
            <source>Comparing with this class: %1 of %2</source>
            <translation>正在与本班内容比较：%1 / %2</translation>
        </message>
        <message>
            <source>Saving: %1 of %2</source>
            <translation>正在保存：%1 / %2</translation>
        </message>
        <message>
            <source>Working: %1 of %2</source>
            <translation>正在处理：%1 / %2</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>%s — this is what importing it would change:</source>
            <translation>%s — 导入后将发生以下变化：</translation>
        </message>
        <message>
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>更新</translation>
        </message>
        <message numerus="yes">
            <source>%s: … and %n more</source>
            <translation>
                <numerusform>%s：……另有 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything in this file is already here: nothing would change.</source>
            <translation>此文件中的内容都已存在：不会有任何变化。</translation>
        </message>
        <message>
            <source>Questions in the file: %d will import, %d skipped</source>
            <translation>文件中的题目：将导入 %d 道，跳过 %d 道</translation>
        </message>
        <message>
            <source>skipped: %s: %s</source>
            <translation>已跳过：%s：%s</translation>
        </message>
        <message>
            <source>will import: %s (%s)</source>
            <translation>将导入：%s（%s）</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more will import</source>
            <translation>
                <numerusform>……另有 %n 项将导入</numerusform>
            </translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing was changed.</source>
            <translation>此文件无法导入。没有任何更改。</translation>
        </message>
        <message>
            <source>Import refused</source>
            <translation>导入被拒绝</translation>
        </message>
        <message>
            <source>Nothing was changed.

%s</source>
            <translation>没有任何更改。

%s</translation>
        </message>
        <message>
            <source>One item was added or updated. Students' progress was kept.</source>
            <translation>已添加或更新 1 项。学生的学习进度已保留。</translation>
        </message>
        <message numerus="yes">
            <source>%n items were added or updated. Students' progress was kept.</source>
            <translation>
                <numerusform>已添加或更新 %n 项。学生的学习进度已保留。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>导入完成</translation>
        </message>
    </context>
    <context>
        <name>InterchangeMenu</name>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Export content &amp;pack…</source>
            <translation>导出内容包(&amp;P)…</translation>
        </message>
        <message>
            <source>Export &amp;questions (GIFT / Moodle XML)…</source>
            <translation>导出题目(&amp;Q)（GIFT / Moodle XML）…</translation>
        </message>
        <message>
            <source>&amp;Print worksheet / answer key / timeline handout (PDF)…</source>
            <translation>打印练习纸 / 答案 / 时间线讲义(&amp;P)（PDF）…</translation>
        </message>
        <message>
            <source>Export class &amp;results (CSV / xAPI)…</source>
            <translation>导出班级成绩(&amp;R)（CSV / xAPI）…</translation>
        </message>
        <message>
            <source>Record &amp;store (xAPI)…</source>
            <translation>学习记录库(&amp;S)（xAPI）…</translation>
        </message>
        <message>
            <source>Teacher mode only (Teacher menu)</source>
            <translation>仅限教师模式（“教师”菜单）</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Trilemma — China, North Korea and Russia</source>
            <translation>Trilemma — 中国、朝鲜与俄罗斯</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>分区</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Relations at the chosen date</source>
            <translation>所选日期的关系</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>事件详情</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>测验</translation>
        </message>
        <message>
            <source>&amp;Explore</source>
            <translation>探索(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>测验(&amp;Q)</translation>
        </message>
        <message>
            <source>Source: %s</source>
            <translation>来源：%s</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>我的进度</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>进度(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>教师(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Explore the timeline</source>
            <translation>探索时间线(&amp;E)</translation>
        </message>
        <message>
            <source>Take a &amp;quiz</source>
            <translation>参加测验(&amp;Q)</translation>
        </message>
        <message>
            <source>The &amp;relationship map</source>
            <translation>关系图(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>入门指南(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;About Trilemma</source>
            <translation>关于 Trilemma(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Trilemma&lt;/h3&gt;&lt;p&gt;Explore how China, North Korea and Russia relate, and why Beijing is “caught between allies” as Moscow and Pyongyang draw close.&lt;/p&gt;&lt;p&gt;Built from: %s, checked against public reporting. Every event, claim and question shows its sources.&lt;/p&gt;&lt;p&gt;Works offline. Your answers stay on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Trilemma&lt;/h3&gt;&lt;p&gt;探索中国、朝鲜与俄罗斯之间的关系，以及在莫斯科与平壤走近之际，北京为何“夹在盟友之间”。&lt;/p&gt;&lt;p&gt;内容依据：%s，并已对照公开报道核实。每个事件、论断和题目都注明来源。&lt;/p&gt;&lt;p&gt;可离线使用。你的答案只保存在这台电脑上。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Trilemma</source>
            <translation>关于 Trilemma</translation>
        </message>
        <message>
            <source>&lt;h3&gt;For students&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open the &lt;b&gt;Quiz&lt;/b&gt; (Ctrl+2) and pick your name, or add it (no password).&lt;/li&gt;&lt;li&gt;Choose a module and press Enter. Keys 1–9 choose an answer, Enter checks it and Enter again goes on. Tick &lt;b&gt;I'm not sure&lt;/b&gt; when you guess.&lt;/li&gt;&lt;li&gt;At the end, &lt;b&gt;Try the questions you missed again&lt;/b&gt; asks them at once; &lt;b&gt;Review due&lt;/b&gt; brings them back on later days.&lt;/li&gt;&lt;li&gt;Explore the timeline (Ctrl+1) and the relationship map (Ctrl+3); &lt;b&gt;Show on timeline&lt;/b&gt; in the feedback takes you to the event.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h3&gt;学生&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;打开&lt;b&gt;测验&lt;/b&gt;（Ctrl+2），选择你的名字，或添加名字（无需密码）。&lt;/li&gt;&lt;li&gt;选择一个单元并按 Enter。按 1–9 选择答案，按 Enter 检查答案，再按 Enter 继续。猜的时候请勾选&lt;b&gt;我不确定&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;结束时，&lt;b&gt;重做答错的题&lt;/b&gt;会立刻重新提问；&lt;b&gt;到期复习&lt;/b&gt;会在之后的日子里再次出现这些题目。&lt;/li&gt;&lt;li&gt;浏览时间线（Ctrl+1）和关系图（Ctrl+3）；反馈中的&lt;b&gt;在时间线上显示&lt;/b&gt;会带你找到该事件。&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Mastered&lt;/b&gt;: for each question of a module, the score of your latest answer (a partly right answer counts in part), averaged over the module. An answer in a &lt;b&gt;Try again&lt;/b&gt; round just after seeing the answer does not count: get it right in a later review.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;掌握程度&lt;/b&gt;：单元中每道题按你最近一次作答的得分计算（部分正确按比例计分），再取整个单元的平均值。在看过答案后紧接着的&lt;b&gt;再试一次&lt;/b&gt;中答对不计入：请在之后的复习中答对。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Text size&lt;/b&gt;: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal. Every key is in Help ▸ Keyboard shortcuts.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;字号&lt;/b&gt;：Ctrl+= 放大，Ctrl+- 缩小，Ctrl+0 恢复默认。所有快捷键见 帮助 ▸ 键盘快捷键。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;For teachers&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Teacher ▸ Enter teacher mode… (Ctrl+Shift+T); the first time, choose a PIN.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Editor&lt;/b&gt; (Ctrl+E): change events, questions and modules; Ctrl+Z undoes a step and Ctrl+Shift+Z redoes it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Class results&lt;/b&gt; (Ctrl+R): module averages, the hardest questions and students per mastery band, to project; Export CSV for a spreadsheet.&lt;/li&gt;&lt;li&gt;File ▸ Export: questions for Moodle (GIFT or Moodle XML), worksheets and answer keys as PDF, and content packs for other computers.&lt;/li&gt;&lt;li&gt;Leave teacher mode before the students use the computer.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h3&gt;教师&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;教师 ▸ 进入教师模式…（Ctrl+Shift+T）；第一次使用时请设置 PIN。&lt;/li&gt;&lt;li&gt;&lt;b&gt;编辑器&lt;/b&gt;（Ctrl+E）：修改事件、题目和单元；Ctrl+Z 撤销一步，Ctrl+Shift+Z 重做。&lt;/li&gt;&lt;li&gt;&lt;b&gt;班级成绩&lt;/b&gt;（Ctrl+R）：各单元平均分、最难的题目和各掌握程度段的学生人数，可投影展示；导出 CSV 供电子表格使用。&lt;/li&gt;&lt;li&gt;文件 ▸ 导出：Moodle 题目（GIFT 或 Moodle XML）、PDF 练习卷和答案，以及供其他电脑使用的内容包。&lt;/li&gt;&lt;li&gt;学生使用电脑前，请退出教师模式。&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>入门指南</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>On the timeline</source>
            <translation>在时间线上</translation>
        </message>
    </context>
    <context>
        <name>MatchInput</name>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Partner for %1</source>
            <translation>%1 的配对项</translation>
        </message>
        <message>
            <source>Choose a partner for every item first.</source>
            <translation>请先为每一项选择配对。</translation>
        </message>
    </context>
    <context>
        <name>ModuleChooser</name>
        <message>
            <source>My pro&amp;gress</source>
            <translation>我的进度(&amp;G)</translation>
        </message>
        <message>
            <source>S&amp;witch student</source>
            <translation>切换学生(&amp;W)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Modules&lt;/b&gt;: pick one and press Enter, or double-click it.</source>
            <translation>&lt;b&gt;单元&lt;/b&gt;：选择一个后按 Enter，或双击它。</translation>
        </message>
        <message>
            <source>Quiz modules</source>
            <translation>测验单元</translation>
        </message>
        <message>
            <source>Resume “Try again: %1” at question %2 of %3</source>
            <translation>继续“再试一次：%1”，从第 %2 题开始（共 %3 题）</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>你好，%1</translation>
        </message>
        <message>
            <source>&amp;Review due (%1)</source>
            <translation>到期复习(&amp;R)（%1）</translation>
        </message>
        <message numerus="yes">
            <source>Review due: %n question(s)</source>
            <translation>
                <numerusform>待复习：%n 道题</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions you missed or were unsure of come back here when due.</source>
            <translation>你答错或不确定的题目到期后会回到这里。</translation>
        </message>
        <message>
            <source>Nothing due now. Next review: %1</source>
            <translation>现在没有需要复习的。下次复习：%1</translation>
        </message>
        <message>
            <source>Answer some questions: the ones you miss come back here.</source>
            <translation>先答一些题：答错的题目会回到这里。</translation>
        </message>
        <message numerus="yes">
            <source>Resume at question %1 of %n</source>
            <translation>
                <numerusform>从第 %1 题继续（共 %n 题）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>已答 %1/%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n 道题</numerusform>
            </translation>
        </message>
        <message>
            <source>%p % mastered</source>
            <translation>已掌握 %p %</translation>
        </message>
    </context>
    <context>
        <name>OrderInput</name>
        <message>
            <source>Events to put in order, earliest first</source>
            <translation>要排序的事件，最早的在前</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move the chosen event earlier</source>
            <translation>将所选事件往前移</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>Move the chosen event later</source>
            <translation>将所选事件往后移</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Choose a teacher PIN</source>
            <translation>设置教师 PIN 码</translation>
        </message>
        <message>
            <source>Enter teacher mode</source>
            <translation>进入教师模式</translation>
        </message>
        <message>
            <source>Change the teacher PIN</source>
            <translation>更改教师 PIN 码</translation>
        </message>
        <message>
            <source>No teacher PIN is set on this computer yet. Choose one (at least %d characters) and keep it from students: it opens the editor and the class results.</source>
            <translation>这台电脑尚未设置教师 PIN 码。请设置一个（至少 %d 个字符）并对学生保密：它可以打开编辑器和班级成绩。</translation>
        </message>
        <message>
            <source>Type the teacher PIN.</source>
            <translation>请输入教师 PIN 码。</translation>
        </message>
        <message>
            <source>Type the current PIN, then the new one twice.</source>
            <translation>请输入当前 PIN 码，再输入两次新 PIN 码。</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>当前 PIN 码</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN 码</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN 码</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次输入新 PIN 码</translation>
        </message>
        <message>
            <source>&amp;Current PIN:</source>
            <translation>当前 PIN 码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>新 PIN 码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>再次输入(&amp;A)：</translation>
        </message>
        <message>
            <source>⚠ Wrong PIN. Try again in %d s.</source>
            <translation>⚠ PIN 码错误。请 %d 秒后重试。</translation>
        </message>
        <message>
            <source>You may try again.</source>
            <translation>现在可以重试。</translation>
        </message>
        <message>
            <source>The two new PINs differ. Type the same PIN twice.</source>
            <translation>两次输入的新 PIN 码不一致。请输入相同的 PIN 码两次。</translation>
        </message>
    </context>
    <context>
        <name>PresentWindow</name>
        <message>
            <source>Present: %1</source>
            <translation>演示：%1</translation>
        </message>
        <message>
            <source>The story, presented</source>
            <translation>故事演示</translation>
        </message>
        <message>
            <source>→ or Space: next stop   ← : previous   Esc: leave</source>
            <translation>→ 或空格：下一站   ←：上一站   Esc：退出</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation>检测：%1</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Who is learning?</source>
            <translation>谁在学习？</translation>
        </message>
        <message>
            <source>Pick your name, or add it if you are new. No password: your answers stay on this computer.</source>
            <translation>选择你的名字；如果你是新同学，请添加名字。无需密码：你的答案只保存在这台电脑上。</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Arrow keys choose a name, Enter starts</source>
            <translation>用方向键选择名字，按 Enter 开始</translation>
        </message>
        <message>
            <source>&amp;Start as this student</source>
            <translation>以此学生身份开始(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;New student:</source>
            <translation>新学生(&amp;N)：</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>你的名字</translation>
        </message>
        <message>
            <source>Name of a new student</source>
            <translation>新学生的名字</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名字：</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>A chart of your own results, in percent</source>
            <translation>你自己成绩的图表（百分比）</translation>
        </message>
        <message>
            <source>Score per module (%)</source>
            <translation>各单元得分（%）</translation>
        </message>
        <message>
            <source>Mastery over time (%)</source>
            <translation>掌握程度变化（%）</translation>
        </message>
        <message>
            <source>Weak spots on the timeline</source>
            <translation>时间线上的薄弱点</translation>
        </message>
        <message>
            <source>Questions you missed most often</source>
            <translation>你最常答错的题目</translation>
        </message>
        <message>
            <source>One line per question, the most missed first</source>
            <translation>每道题一行，答错最多的在前</translation>
        </message>
        <message>
            <source>Most missed questions</source>
            <translation>最常答错的题目</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n 次作答</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fully right</source>
            <translation>
                <numerusform>%n 次完全正确</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different question(s)</source>
            <translation>
                <numerusform>%n 道不同的题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) behind questions you got wrong (click to see one on the timeline):</source>
            <translation>
                <numerusform>你答错的题目涉及 %n 个事件（点击可在时间线上查看）：</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the q&amp;uiz</source>
            <translation>返回测验(&amp;U)</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:14pt'&gt;Nobody has picked a name yet.&lt;/p&gt;&lt;p&gt;Pick your name in the &lt;b&gt;Quiz&lt;/b&gt; tab; your scores, your progress over time and the events to look at again will appear here.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:14pt'&gt;还没有人选择名字。&lt;/p&gt;&lt;p&gt;请在&lt;b&gt;测验&lt;/b&gt;标签页中选择你的名字；你的得分、进度变化和需要再看的事件会显示在这里。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>%1's progress</source>
            <translation>%1 的进度</translation>
        </message>
        <message>
            <source>%1 (missed %2 of %3)</source>
            <translation>%1（%3 次中答错 %2 次）</translation>
        </message>
        <message>
            <source>Nothing missed yet.</source>
            <translation>还没有答错的题目。</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Answer some questions to see your mastery grow.</source>
            <translation>答几道题，看看你的掌握程度如何提升。</translation>
        </message>
        <message>
            <source>No weak spots: every question you answered is right now.</source>
            <translation>没有薄弱点：你回答的每道题现在都是正确的。</translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation>，另有 %1 个</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreviewWidget</name>
        <message>
            <source>Preview: the question as a student sees it</source>
            <translation>预览：学生看到的题目</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; — what a student sees</source>
            <translation>&lt;b&gt;预览&lt;/b&gt; — 学生看到的内容</translation>
        </message>
        <message>
            <source>Question preview</source>
            <translation>题目预览</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>选择一个答案。</translation>
        </message>
        <message>
            <source>Choose every right answer.</source>
            <translation>选择所有正确答案。</translation>
        </message>
        <message>
            <source>(no question text yet)</source>
            <translation>（尚无题目文字）</translation>
        </message>
        <message>
            <source>True</source>
            <translation>对</translation>
        </message>
        <message>
            <source>False</source>
            <translation>错</translation>
        </message>
        <message>
            <source>Type a year:</source>
            <translation>输入年份：</translation>
        </message>
        <message>
            <source>Place it on the timeline (drag the marker).</source>
            <translation>在时间线上标出（拖动标记）。</translation>
        </message>
        <message>
            <source>Type your answer:</source>
            <translation>输入你的答案：</translation>
        </message>
        <message>
            <source>Put these in order, earliest first:</source>
            <translation>按时间排序，最早的在前：</translation>
        </message>
        <message>
            <source>Match each item on the left with one on the right:</source>
            <translation>将左边的每一项与右边的一项配对：</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>This question cannot be shown: unknown type “%1”.</source>
            <translation>无法显示此题：未知题型“%1”。</translation>
        </message>
        <message>
            <source>&amp;Check answer</source>
            <translation>检查答案(&amp;C)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>检查答案</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–9), then press Enter.</source>
            <translation>选择一个答案（按键 1–9），然后按 Enter。</translation>
        </message>
        <message>
            <source>Choose every answer that applies (keys 1–9), then press Enter.</source>
            <translation>选择所有符合的答案（按键 1–9），然后按 Enter。</translation>
        </message>
        <message>
            <source>True or false? Press 1 or 2, then Enter.</source>
            <translation>对还是错？按 1 或 2，然后按 Enter。</translation>
        </message>
        <message>
            <source>Put the events in order, earliest first: drag them, or use Alt+Up and Alt+Down.</source>
            <translation>将事件按时间排序，最早的在前：拖动它们，或使用 Alt+上 和 Alt+下。</translation>
        </message>
        <message>
            <source>Choose the partner of each item.</source>
            <translation>为每一项选择配对。</translation>
        </message>
        <message>
            <source>Place the marker on the year and month it happened.</source>
            <translation>将标记放在事件发生的年份和月份。</translation>
        </message>
        <message>
            <source>Place the marker in the year it happened: any month of that year gets full credit.</source>
            <translation>把标记放在事件发生的年份：该年任何月份都得满分。</translation>
        </message>
        <message>
            <source>Place the marker on the month it happened: only the right month gets full credit.</source>
            <translation>把标记放在事件发生的月份：只有正确的月份才得满分。</translation>
        </message>
        <message numerus="yes">
            <source>Place the marker on the year and month it happened: full credit within %n month(s).</source>
            <translation>
                <numerusform>把标记放在事件发生的年月：相差 %n 个月以内得满分。</numerusform>
            </translation>
        </message>
        <message>
            <source>Type a short answer, then press Enter.</source>
            <translation>输入简短答案，然后按 Enter。</translation>
        </message>
        <message>
            <source>Type the year, then press Enter.</source>
            <translation>输入年份，然后按 Enter。</translation>
        </message>
    </context>
    <context>
        <name>RecordStoreDialog</name>
        <message>
            <source>Learning record store (xAPI)</source>
            <translation>学习记录库（xAPI）</translation>
        </message>
        <message>
            <source>Answers can be sent to your school's learning record store as xAPI statements, under each student's pseudonym (never the name). Leave the address empty and Trilemma sends nothing anywhere.</source>
            <translation>答案可以作为 xAPI 语句发送到学校的学习记录库，使用每位学生的化名（绝不使用真名）。地址留空时，Trilemma 不会向任何地方发送任何内容。</translation>
        </message>
        <message>
            <source>Record store address</source>
            <translation>记录库地址</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>密钥</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>School home page</source>
            <translation>学校主页</translation>
        </message>
        <message>
            <source>Activity address</source>
            <translation>活动地址</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>密钥(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>密码(&amp;S)：</translation>
        </message>
        <message>
            <source>School &amp;home page:</source>
            <translation>学校主页(&amp;H)：</translation>
        </message>
        <message>
            <source>A&amp;ctivity address:</source>
            <translation>活动地址(&amp;C)：</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>立即发送(&amp;N)</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>设置未保存</translation>
        </message>
        <message>
            <source>Nothing was saved.

%s</source>
            <translation>没有保存任何内容。

%s</translation>
        </message>
        <message>
            <source>Not sent: %s. The statements are kept and will be tried again.
%s</source>
            <translation>未发送：%s。这些语句已保留，稍后会重试。
%s</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statement(s).</source>
            <translation>
                <numerusform>已发送 %n 条语句。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting. Last problem: %1.</source>
            <translation>
                <numerusform>%n 条语句等待发送。上次的问题：%1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting to be sent; %1 delivered.</source>
            <translation>
                <numerusform>%n 条语句等待发送；已送达 %1 条。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send yet: statements are recorded as students answer.</source>
            <translation>暂无要发送的内容：学生作答时会记录语句。</translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered (last at %1).</source>
            <translation>
                <numerusform>全部 %n 条语句已送达（最后一次在 %1）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered.</source>
            <translation>
                <numerusform>全部 %n 条语句已送达。</numerusform>
            </translation>
        </message>
        <message>
            <source>No record store is set up: nothing is sent anywhere.</source>
            <translation>尚未设置记录库：不会向任何地方发送任何内容。</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Trilemma: the database cannot be opened</source>
            <translation>Trilemma：无法打开数据库</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Start fresh</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>The database {0} is damaged.</source>
            <translation>数据库 {0} 已损坏。</translation>
        </message>
        <message>
            <source>The database {0} was made by a newer version of Trilemma.</source>
            <translation>数据库 {0} 由更新版本的 Trilemma 创建。</translation>
        </message>
        <message>
            <source>The database {0} is busy in another Trilemma window or program.</source>
            <translation>数据库 {0} 正被另一个 Trilemma 窗口或程序使用。</translation>
        </message>
        <message>
            <source>The database {0} cannot be used.</source>
            <translation>数据库 {0} 无法使用。</translation>
        </message>
        <message>
            <source>You can restore the automatic backup from {0}.</source>
            <translation>你可以恢复 {0} 的自动备份。</translation>
        </message>
        <message>
            <source>There is no automatic backup left to restore.</source>
            <translation>没有可恢复的自动备份。</translation>
        </message>
        <message>
            <source>Or start fresh with the built-in content. Either way the damaged file is kept beside the database with "damaged" in its name, so nothing is thrown away.</source>
            <translation>或者用内置内容重新开始。无论哪种方式，损坏的文件都会以带“damaged”字样的名称保存在数据库旁边，不会丢失任何东西。</translation>
        </message>
        <message>
            <source>It was not opened and not changed. Update Trilemma to open it, or start Trilemma with another file (--db FILE).</source>
            <translation>该文件未被打开，也未被更改。请更新 Trilemma 后再打开，或用另一个文件启动 Trilemma（--db FILE）。</translation>
        </message>
        <message>
            <source>Close the other window, then try again. Nothing was changed.</source>
            <translation>请关闭另一个窗口后重试。没有任何更改。</translation>
        </message>
    </context>
    <context>
        <name>RelationGraphView</name>
        <message>
            <source>Relationship map</source>
            <translation>关系图</translation>
        </message>
        <message>
            <source>Use the arrow keys to move between countries and relations, Enter to open one.</source>
            <translation>用方向键在国家和关系之间移动，按 Enter 打开。</translation>
        </message>
        <message>
            <source>%s: press Enter to list its relations</source>
            <translation>%s：按 Enter 列出其关系</translation>
        </message>
        <message>
            <source>%1 and %2: %3, %4, strength %5 of 5</source>
            <translation>%1 与 %2：%3，%4，强度 %5/5</translation>
        </message>
        <message>
            <source>, one-sided: %1 → %2</source>
            <translation>，单向：%1 → %2</translation>
        </message>
    </context>
    <context>
        <name>RelationHistoryWidget</name>
        <message>
            <source>Relation history</source>
            <translation>关系历史</translation>
        </message>
        <message>
            <source>Click a line on the map (or select it with the arrow keys and press Enter) to see how that pair's relations changed over time. Click a country to list its relations.</source>
            <translation>点击关系图上的连线（或用方向键选中后按 Enter），查看双方关系随时间的变化。点击国家可列出其所有关系。</translation>
        </message>
        <message>
            <source>%1 and %2 over time</source>
            <translation>%1 与 %2 的关系变化</translation>
        </message>
        <message>
            <source>No relation between them is recorded.</source>
            <translation>没有记录双方之间的关系。</translation>
        </message>
        <message>
            <source>No relation recorded at this date.</source>
            <translation>此日期没有记录的关系。</translation>
        </message>
        <message>
            <source>◀ holds at %1</source>
            <translation>◀ 在 %1 有效</translation>
        </message>
        <message>
            <source>Began with</source>
            <translation>始于</translation>
        </message>
        <message>
            <source>Ended with</source>
            <translation>终于</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>All its relations over time</source>
            <translation>其所有关系的变化</translation>
        </message>
        <message>
            <source>strength %1 of 5</source>
            <translation>强度 %1/5</translation>
        </message>
        <message>
            <source>The article says</source>
            <translation>文章称</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>RelationLegendWidget</name>
        <message>
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <source>thicker = stronger</source>
            <translation>越粗 = 越强</translation>
        </message>
        <message>
            <source>A thicker line means a stronger relation</source>
            <translation>线越粗表示关系越强</translation>
        </message>
        <message>
            <source>arrow = one-sided</source>
            <translation>箭头 = 单向</translation>
        </message>
        <message>
            <source>An arrow marks a one-sided relation: it points from the side that gives or acts</source>
            <translation>箭头表示单向关系：从给予或行动的一方指出</translation>
        </message>
        <message>
            <source>A thicker line means a stronger relation; an arrow marks a one-sided relation.</source>
            <translation>线越粗表示关系越强；箭头表示单向关系。</translation>
        </message>
    </context>
    <context>
        <name>RelationsPanel</name>
        <message>
            <source>Relations between the countries</source>
            <translation>国家之间的关系</translation>
        </message>
        <message>
            <source>Relations at the chosen date, as a table</source>
            <translation>所选日期的关系（表格）</translation>
        </message>
        <message>
            <source>C&amp;ompare two dates</source>
            <translation>比较两个日期(&amp;O)</translation>
        </message>
        <message>
            <source>Click a line to see that pair's history, or a country to list its relations. Keyboard: Tab to the map, arrow keys to move, Enter to open.</source>
            <translation>点击连线查看双方的关系历史，点击国家列出其关系。键盘：按 Tab 进入关系图，用方向键移动，按 Enter 打开。</translation>
        </message>
        <message>
            <source>Ways to see the relations</source>
            <translation>查看关系的方式</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>关系图(&amp;M)</translation>
        </message>
        <message>
            <source>T&amp;able</source>
            <translation>表格(&amp;A)</translation>
        </message>
        <message>
            <source>The history of %1 and %2 is shown beside the map.</source>
            <translation>%1与%2的关系历史显示在地图旁。</translation>
        </message>
        <message>
            <source>The relations of %1 are shown beside the map; the timeline now shows only the lane of %1.</source>
            <translation>%1的关系显示在地图旁；时间线现在只显示%1的泳道。</translation>
        </message>
        <message>
            <source>The relations of %1 are shown beside the map.</source>
            <translation>%1的关系显示在地图旁。</translation>
        </message>
        <message>
            <source>The event is selected on the timeline and shown in the event details.</source>
            <translation>该事件已在时间线上选中，并显示在事件详情中。</translation>
        </message>
    </context>
    <context>
        <name>RelationsTableModel</name>
        <message>
            <source>Pair</source>
            <translation>双方</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>强度</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Since – until</source>
            <translation>起止时间</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1/5</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>双向</translation>
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Question</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>题干</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>作答次数</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>正确</translation>
        </message>
        <message>
            <source>Most common wrong answer</source>
            <translation>最常见的错误答案</translation>
        </message>
        <message>
            <source>Times given</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学生</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>化名</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>作答</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>单元</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Class average</source>
            <translation>班级平均</translation>
        </message>
    </context>
    <context>
        <name>SessionWidget</name>
        <message>
            <source>Back to the modules (your place is kept)</source>
            <translation>返回单元列表（会保留你的进度）</translation>
        </message>
        <message>
            <source>Progress through the quiz</source>
            <translation>测验进度</translation>
        </message>
        <message>
            <source>Back to the &amp;modules</source>
            <translation>返回单元(&amp;M)</translation>
        </message>
        <message>
            <source>← &amp;Back to modules</source>
            <translation>← 返回单元(&amp;B)</translation>
        </message>
        <message>
            <source>See my pro&amp;gress</source>
            <translation>查看我的进度(&amp;G)</translation>
        </message>
        <message>
            <source>I'm not &amp;sure</source>
            <translation>我不确定(&amp;S)</translation>
        </message>
        <message>
            <source>Tick this if you guessed: the question will come back sooner for review.</source>
            <translation>如果是猜的，请勾选：这道题会更早回来让你复习。</translation>
        </message>
        <message>
            <source>Try again: %1</source>
            <translation>再试一次：%1</translation>
        </message>
        <message>
            <source>Review: questions due again</source>
            <translation>复习：到期的题目</translation>
        </message>
        <message numerus="yes">
            <source>&lt;h2&gt;Well done: you finished “%1”.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%2 of %n answer(s) fully right, %3 points of %n.&lt;/p&gt;&lt;p&gt;Questions you missed come back in &lt;b&gt;Review due&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;h2&gt;做得好：你完成了“%1”。&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%n 个答案中 %2 个完全正确，得分 %3（满分 %n）。&lt;/p&gt;&lt;p&gt;答错的题目会出现在&lt;b&gt;到期复习&lt;/b&gt;中。&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Quiz finished</source>
            <translation>测验已完成</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>第 %1 题，共 %2 题</translation>
        </message>
        <message>
            <source>This quiz went on in another window where you are also working, so it continues here at the question it has reached. Your answers there are kept.</source>
            <translation>这个测验已在你同时打开的另一个窗口中继续进行，因此这里从它已到达的题目继续。你在那里的答案都已保存。</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Try the %1 you missed &amp;again</source>
            <translation>重做答错的 %1 题(&amp;A)</translation>
        </message>
        <message>
            <source>Try again now the questions you missed or were unsure of</source>
            <translation>现在重做答错或不确定的题目</translation>
        </message>
    </context>
    <context>
        <name>SourceCopy</name>
        <message>
            <source>a copy of %1's report</source>
            <translation>%1 报道的转载</translation>
        </message>
        <message>
            <source>a copy through an aggregator</source>
            <translation>经聚合网站转载的副本</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The shared content pack was not used: %1</source>
            <translation>未使用共享内容包：%1</translation>
        </message>
        <message>
            <source>The content of this version was not added: %1</source>
            <translation>未添加此版本的内容：%1</translation>
        </message>
        <message>
            <source>Content updated with this version: %1 new, %2 revised.</source>
            <translation>已随此版本更新内容：新增 %1 项，修订 %2 项。</translation>
        </message>
        <message>
            <source>Items you edited were kept as you left them: %1.</source>
            <translation>您编辑过的条目保持原样：%1 项。</translation>
        </message>
    </context>
    <context>
        <name>StopView</name>
        <message>
            <source>The claims it rests on</source>
            <translation>所依据的论断</translation>
        </message>
        <message>
            <source>For discussion</source>
            <translation>供讨论</translation>
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation>第 %1 站，共 %2 站</translation>
        </message>
        <message>
            <source>In the article: %1</source>
            <translation>文章中：%1</translation>
        </message>
        <message>
            <source>Background: not in the article itself</source>
            <translation>背景：文章本身未提及</translation>
        </message>
        <message>
            <source>On the timeline: %1</source>
            <translation>时间线上：%1</translation>
        </message>
        <message>
            <source>For discussion: %1</source>
            <translation>供讨论：%1</translation>
        </message>
    </context>
    <context>
        <name>StoryController</name>
        <message>
            <source>The &amp;story: a guided walk through the article</source>
            <translation>故事(&amp;S)：文章论点导读</translation>
        </message>
        <message>
            <source>&amp;Present the story</source>
            <translation>演示故事(&amp;P)</translation>
        </message>
        <message>
            <source>The story</source>
            <translation>故事</translation>
        </message>
    </context>
    <context>
        <name>StoryPanel</name>
        <message>
            <source>&amp;Story:</source>
            <translation>故事(&amp;S)：</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>故事</translation>
        </message>
        <message>
            <source>Contents: chapters and stops</source>
            <translation>目录：章节与各站</translation>
        </message>
        <message>
            <source>This stop</source>
            <translation>本站</translation>
        </message>
        <message>
            <source>There are no stories yet. A teacher can write one in the editor.</source>
            <translation>还没有故事。教师可以在编辑器中编写。</translation>
        </message>
        <message>
            <source>&amp;Previous stop</source>
            <translation>上一站(&amp;P)</translation>
        </message>
        <message>
            <source>Previous stop</source>
            <translation>上一站</translation>
        </message>
        <message>
            <source>Page Up</source>
            <translation>Page Up</translation>
        </message>
        <message>
            <source>&amp;Next stop</source>
            <translation>下一站(&amp;N)</translation>
        </message>
        <message>
            <source>Next stop</source>
            <translation>下一站</translation>
        </message>
        <message>
            <source>Page Down</source>
            <translation>Page Down</translation>
        </message>
        <message>
            <source>E&amp;xplore from here</source>
            <translation>从这里开始探索(&amp;X)</translation>
        </message>
        <message>
            <source>Leave the story and explore from this view</source>
            <translation>离开故事，从当前视图继续探索</translation>
        </message>
        <message>
            <source>Pr&amp;esent</source>
            <translation>演示(&amp;E)</translation>
        </message>
        <message>
            <source>Present the story full screen</source>
            <translation>全屏演示故事</translation>
        </message>
        <message>
            <source>&amp;Handout…</source>
            <translation>讲义(&amp;H)…</translation>
        </message>
        <message>
            <source>Print the story as a handout (PDF)</source>
            <translation>将故事打印为讲义（PDF）</translation>
        </message>
        <message>
            <source>Chapter %1</source>
            <translation>第 %1 章</translation>
        </message>
        <message>
            <source>Story handout</source>
            <translation>故事讲义</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The handout was not written: %1</source>
            <translation>讲义未能写入：%1</translation>
        </message>
        <message numerus="yes">
            <source>Handout saved: %1 (%n page(s)).</source>
            <translation>
                <numerusform>讲义已保存：%1（%n 页）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeacherModeController</name>
        <message>
            <source>&amp;Enter teacher mode…</source>
            <translation>进入教师模式(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Leave teacher mode</source>
            <translation>退出教师模式(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Change PIN…</source>
            <translation>更改 PIN 码(&amp;C)…</translation>
        </message>
        <message>
            <source>Open the e&amp;ditor</source>
            <translation>打开编辑器(&amp;D)</translation>
        </message>
        <message>
            <source>Class &amp;results</source>
            <translation>班级成绩(&amp;R)</translation>
        </message>
        <message>
            <source>Teacher mode is on</source>
            <translation>教师模式已开启</translation>
        </message>
        <message>
            <source>The PIN was changed.</source>
            <translation>PIN 码已更改。</translation>
        </message>
        <message>
            <source>E&amp;ditor</source>
            <translation>编辑器(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>TextAnswerInput</name>
        <message>
            <source>Your answer: a year</source>
            <translation>你的答案：年份</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>输入你的答案</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>你的答案</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Enter a year first.</source>
            <translation>请先输入年份。</translation>
        </message>
        <message>
            <source>Type an answer first.</source>
            <translation>请先输入答案。</translation>
        </message>
    </context>
    <context>
        <name>TimelineInput</name>
        <message>
            <source>Year axis: drag or click to place the marker</source>
            <translation>年份轴：拖动或点击以放置标记</translation>
        </message>
        <message>
            <source>Year?</source>
            <translation>年份？</translation>
        </message>
        <message>
            <source>Year of the marker</source>
            <translation>标记的年份</translation>
        </message>
        <message>
            <source>Month?</source>
            <translation>月份？</translation>
        </message>
        <message>
            <source>Month of the marker</source>
            <translation>标记的月份</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Drag the marker, click the axis, or type a year and a month.</source>
            <translation>拖动标记、点击坐标轴，或输入年份和月份。</translation>
        </message>
        <message>
            <source>right: %1</source>
            <translation>正确答案：%1</translation>
        </message>
        <message>
            <source>Place the marker first.</source>
            <translation>请先放置标记。</translation>
        </message>
    </context>
    <context>
        <name>TimelineSearchBox</name>
        <message>
            <source>Search events…</source>
            <translation>搜索事件…</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>搜索事件</translation>
        </message>
        <message>
            <source>Type a few letters, then choose an event (Enter takes the first)</source>
            <translation>输入几个字，然后选择一个事件（按 Enter 选第一个）</translation>
        </message>
        <message>
            <source>Claim: %s</source>
            <translation>论断：%s</translation>
        </message>
    </context>
    <context>
        <name>TimelineToolBar</name>
        <message>
            <source>Timeline tools</source>
            <translation>时间线工具</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>轨道</translation>
        </message>
        <message>
            <source>Choose which actors' lanes to show</source>
            <translation>选择显示哪些参与方的轨道</translation>
        </message>
        <message>
            <source>Theme filter</source>
            <translation>主题筛选</translation>
        </message>
        <message>
            <source>Theme filter:</source>
            <translation>主题筛选：</translation>
        </message>
        <message>
            <source>Show only events with this theme</source>
            <translation>只显示这个主题的事件</translation>
        </message>
        <message>
            <source>Zoom to era</source>
            <translation>缩放到时期</translation>
        </message>
        <message>
            <source>Zoom the timeline to one era</source>
            <translation>将时间线缩放到一个时期</translation>
        </message>
        <message>
            <source>Fit all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <source>Show every event (Home)</source>
            <translation>显示所有事件（Home）</translation>
        </message>
        <message>
            <source>Zoom out (−)</source>
            <translation>缩小（−）</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>放大（+）</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Back to the previous view (Alt+Left)</source>
            <translation>返回上一个视图（Alt+Left）</translation>
        </message>
        <message>
            <source>Previous view</source>
            <translation>上一个视图</translation>
        </message>
        <message>
            <source>Forward to the next view (Alt+Right)</source>
            <translation>前进到下一个视图（Alt+Right）</translation>
        </message>
        <message>
            <source>Next view</source>
            <translation>下一个视图</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save the current view as a picture</source>
            <translation>将当前视图保存为图片</translation>
        </message>
        <message>
            <source>As PNG image…</source>
            <translation>PNG 图片…</translation>
        </message>
        <message>
            <source>As SVG drawing…</source>
            <translation>SVG 矢量图…</translation>
        </message>
        <message>
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>Show the events as a list (for screen readers and keyboards)</source>
            <translation>以列表显示事件（适合读屏软件和键盘）</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>圆形</translation>
        </message>
        <message>
            <source>square</source>
            <translation>方形</translation>
        </message>
        <message>
            <source>diamond</source>
            <translation>菱形</translation>
        </message>
        <message>
            <source>Legend: </source>
            <translation>图例：</translation>
        </message>
        <message>
            <source>Show all lanes</source>
            <translation>显示所有轨道</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>所有主题</translation>
        </message>
        <message>
            <source>From the article</source>
            <translation>出自文章</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>文章发表之后</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Events from 1950 to today in one lane per actor. Keys: </source>
            <translation>1950 年至今的事件，每个参与方一条轨道。按键：</translation>
        </message>
        <message>
            <source>The List button shows the same events as a table.</source>
            <translation>“列表”按钮以表格显示相同的事件。</translation>
        </message>
        <message>
            <source>Scroll the lanes</source>
            <translation>滚动轨道</translation>
        </message>
        <message>
            <source>Nothing found for “%s”</source>
            <translation>没有找到“%s”</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>时期</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Choose a file ending in .png or .svg, not “%s”</source>
            <translation>请选择以 .png 或 .svg 结尾的文件，而不是“%s”</translation>
        </message>
        <message>
            <source>Could not write %s: there is no such folder</source>
            <translation>无法写入 %s：没有这个文件夹</translation>
        </message>
        <message>
            <source>Could not write %s</source>
            <translation>无法写入 %s</translation>
        </message>
        <message>
            <source>The timeline view was saved to %1.</source>
            <translation>时间线视图已保存到 %1。</translation>
        </message>
        <message>
            <source>Trilemma timeline</source>
            <translation>Trilemma 时间线</translation>
        </message>
        <message>
            <source>Timeline: %1, %2, %3, %4 of %5</source>
            <translation>时间线：%1，%2，%3，第 %4 个，共 %5 个</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>日期：%1</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>导出时间线</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Next / previous event in time</source>
            <translation>时间上的下一个 / 上一个事件</translation>
        </message>
        <message>
            <source>Nearest event in the lane above / below</source>
            <translation>上方 / 下方轨道中最近的事件</translation>
        </message>
        <message>
            <source>Pan a little earlier / later</source>
            <translation>稍微向前 / 向后移动</translation>
        </message>
        <message>
            <source>Pan a whole screen</source>
            <translation>移动一整屏</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>放大 / 缩小</translation>
        </message>
        <message>
            <source>+ / −, mouse wheel</source>
            <translation>+ / −，鼠标滚轮</translation>
        </message>
        <message>
            <source>Right-drag or Shift+drag</source>
            <translation>右键拖动或 Shift+拖动</translation>
        </message>
        <message>
            <source>Zoom to the dragged range</source>
            <translation>缩放到拖选的范围</translation>
        </message>
        <message>
            <source>Fit all events</source>
            <translation>显示所有事件</translation>
        </message>
        <message>
            <source>Back / forward through earlier views</source>
            <translation>在之前的视图中后退 / 前进</translation>
        </message>
        <message>
            <source>Centre the selected event</source>
            <translation>将所选事件居中</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>取消选择</translation>
        </message>
        <message>
            <source>Move the date cursor earlier / later</source>
            <translation>将日期光标向前 / 向后移</translation>
        </message>
        <message>
            <source>Put the date cursor on the selected event</source>
            <translation>将日期光标放到所选事件上</translation>
        </message>
        <message>
            <source>Leave the timeline</source>
            <translation>离开时间线</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>opens this event in the details and selects it on the timeline</source>
            <translation>在详情中打开此事件，并在时间线上选中它</translation>
        </message>
        <message>
            <source>opens the history of these two countries</source>
            <translation>打开这两个国家的关系历史</translation>
        </message>
        <message>
            <source>goes to another part of the app</source>
            <translation>前往应用的另一部分</translation>
        </message>
        <message>
            <source>a web address, %1, shown but not opened: the app works offline</source>
            <translation>网址 %1，只显示不打开：本应用离线工作</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>链接：%1</translation>
        </message>
    </context>
    <context>
        <name>ClaimStatus</name>
        <message>
            <source>Confirmed</source>
            <translation>已证实</translation>
        </message>
        <message>
            <source>Public reporting confirms what the article says.</source>
            <translation>公开报道证实了文章的说法。</translation>
        </message>
        <message>
            <source>Contested</source>
            <translation>有争议</translation>
        </message>
        <message>
            <source>Sources disagree, or confirm it only in part.</source>
            <translation>各来源说法不一，或只部分证实。</translation>
        </message>
        <message>
            <source>Outdated</source>
            <translation>已过时</translation>
        </message>
        <message>
            <source>True when written, overtaken by later events.</source>
            <translation>撰写时属实，后被事态发展超越。</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>观点</translation>
        </message>
        <message>
            <source>The author's interpretation, not a checkable fact.</source>
            <translation>作者的解读，而非可核实的事实。</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>有误</translation>
        </message>
        <message>
            <source>Public reporting shows the article is wrong here.</source>
            <translation>公开报道表明文章此处有误。</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>未经证实</translation>
        </message>
        <message>
            <source>Public reporting does not show this either way.</source>
            <translation>公开报道既未证实也未否定这一点。</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>A prediction, not yet a fact.</source>
            <translation>一种预测，尚非事实。</translation>
        </message>
        <message>
            <source>Stated position</source>
            <translation>官方立场</translation>
        </message>
        <message>
            <source>A government's stated view, reported as such.</source>
            <translation>某国政府公开表明的看法，如实转述。</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>worksheet</source>
            <translation>练习单</translation>
        </message>
        <message>
            <source>answer key</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>{0} — answer key</source>
            <translation>{0}——答案</translation>
        </message>
        <message>
            <source>For the teacher. Letters refer to the worksheet's choices.</source>
            <translation>教师用。字母对应练习单上的选项。</translation>
        </message>
        <message>
            <source>Name: ______________________    Class: ________    Date: ____________</source>
            <translation>姓名：______________________    班级：________    日期：____________</translation>
        </message>
        <message>
            <source>Answer: {0}</source>
            <translation>答案：{0}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>来源：{0}</translation>
        </message>
        <message>
            <source>The article (¶{0}): {1} — {2}: {3}</source>
            <translation>文章（第{0}段）：{1}——{2}：{3}</translation>
        </message>
        <message>
            <source>The article: {0} — {1}: {2}</source>
            <translation>文章：{0}——{1}：{2}</translation>
        </message>
        <message>
            <source>This module has no questions yet.</source>
            <translation>本单元还没有题目。</translation>
        </message>
        <message>
            <source>Trilemma · {0}</source>
            <translation>Trilemma · {0}</translation>
        </message>
        <message>
            <source>Trilemma · {0} · answer key</source>
            <translation>Trilemma · {0} · 答案</translation>
        </message>
        <message>
            <source>page {0}</source>
            <translation>第{0}页</translation>
        </message>
        <message>
            <source>Tick one box.</source>
            <translation>请勾选一项。</translation>
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation>请勾选所有正确答案。</translation>
        </message>
        <message>
            <source>True</source>
            <translation>对</translation>
        </message>
        <message>
            <source>False</source>
            <translation>错</translation>
        </message>
        <message>
            <source>Year: ____________</source>
            <translation>年份：____________</translation>
        </message>
        <message>
            <source>Date (a year, or a month and year): ______________________</source>
            <translation>日期（年份，或年份和月份）：______________________</translation>
        </message>
        <message>
            <source>Number the events from 1 (earliest) onwards.</source>
            <translation>从1（最早）开始为事件编号。</translation>
        </message>
        <message>
            <source>Write the letter that matches each number.</source>
            <translation>在每个数字旁写出与之匹配的字母。</translation>
        </message>
        <message>
            <source>{0} (accept {1}–{2})</source>
            <translation>{0}（{1}至{2}均算对）</translation>
        </message>
        <message>
            <source>Timeline {0}–{1}</source>
            <translation>{0}—{1}年时间线</translation>
        </message>
        <message>
            <source>The China–North Korea–Russia triangle, {0}–{1}</source>
            <translation>中国—朝鲜—俄罗斯三角关系，{0}—{1}年</translation>
        </message>
        <message>
            <source>Events in date order. A date is only as precise as its source: “2024” means some time in 2024. {0} (and a filled circle on the line) marks a landmark; the numbers on the line are the events' numbers in the table (where they fit; choose a shorter period for more).</source>
            <translation>事件按日期排列。日期的精确程度与其来源一致：“2024年”表示2024年中的某个时候。{0}（以及时间线上的实心圆）标出重大事件；时间线上的数字是表中事件的编号（放得下时才标出；选择更短的时期可显示更多）。</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>时期</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时期</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>涉及方</translation>
        </message>
        <message>
            <source>No events in this period.</source>
            <translation>这一时期没有事件。</translation>
        </message>
        <message>
            <source>Trilemma · timeline {0}–{1} · sources are listed in the app for every event</source>
            <translation>Trilemma · {0}—{1}年时间线 · 每个事件的来源列在应用中</translation>
        </message>
        <message>
            <source>{0} – handout</source>
            <translation>{0} – 讲义</translation>
        </message>
        <message>
            <source>In the article: {0}</source>
            <translation>文章中：{0}</translation>
        </message>
        <message>
            <source>Background: not in the article itself</source>
            <translation>背景：文章本身未提及</translation>
        </message>
        <message>
            <source>On the timeline: {0}</source>
            <translation>时间线上：{0}</translation>
        </message>
        <message>
            <source>The map at {0}.</source>
            <translation>关系图日期：{0}。</translation>
        </message>
        <message>
            <source>The map at {0}, compared with {1}.</source>
            <translation>关系图日期：{0}，对比{1}。</translation>
        </message>
        <message>
            <source>Claim (¶{0}): {1} — {2}: {3}</source>
            <translation>论断（第{0}段）：{1}——{2}：{3}</translation>
        </message>
        <message>
            <source>Claim: {0} — {1}: {2}</source>
            <translation>论断：{0}——{1}：{2}</translation>
        </message>
        <message>
            <source>Check: {0}</source>
            <translation>检测：{0}</translation>
        </message>
        <message>
            <source>Discuss: {0}</source>
            <translation>讨论：{0}</translation>
        </message>
        <message>
            <source>This story has no stops yet.</source>
            <translation>这个故事还没有站。</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <source>Trilemma · {0} · the sources of every stop are in the app</source>
            <translation>Trilemma · {0} · 每一站的来源都在应用中</translation>
        </message>
    </context>
</TS>
