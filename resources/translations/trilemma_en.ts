<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name />
        <message numerus="yes">
            <source>Add %n generated question(s) to module %1</source>
            <translation>
                <numerusform>Add %n generated question to module %1</numerusform>
                <numerusform>Add %n generated questions to module %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s) to module %1. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Added %n question to module %1. Undo with Ctrl+Z.</numerusform>
                <numerusform>Added %n questions to module %1. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n generated question(s)</source>
            <translation>
                <numerusform>Add %n generated question</numerusform>
                <numerusform>Add %n generated questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Added %n question. Undo with Ctrl+Z.</numerusform>
                <numerusform>Added %n questions. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of the content translated; %n text(s) missing.</source>
            <translation>
                <numerusform>%1 of the content translated; %n text missing.</numerusform>
                <numerusform>%1 of the content translated; %n texts missing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) may be out of date.</source>
            <translation>
                <numerusform>%n text may be out of date.</numerusform>
                <numerusform>%n texts may be out of date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entry(ies), but the English has %2; give them in the same order.</source>
            <translation>
                <numerusform>%1: %n entry, but the English has %2; give them in the same order.</numerusform>
                <numerusform>%1: %n entries, but the English has %2; give them in the same order.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareWidget</name>
        <message numerus="yes">
            <source>%n pair(s) gained a relation</source>
            <translation>
                <numerusform>%n pair gained a relation</numerusform>
                <numerusform>%n pairs gained a relation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lost all</source>
            <translation>
                <numerusform>%n lost all</numerusform>
                <numerusform>%n lost all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed kind</source>
            <translation>
                <numerusform>%n changed kind</numerusform>
                <numerusform>%n changed kind</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stayed the same</source>
            <translation>
                <numerusform>%n stayed the same</numerusform>
                <numerusform>%n stayed the same</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>%n question answered</numerusform>
                <numerusform>%n questions answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n row(s) to %1</source>
            <translation>
                <numerusform>Saved %n row to %1</numerusform>
                <numerusform>Saved %n rows to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLanesItem</name>
        <message numerus="yes">
            <source>%n more event(s) here: click to zoom in</source>
            <translation>
                <numerusform>%n more event here: click to zoom in</numerusform>
                <numerusform>%n more events here: click to zoom in</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n attempt</numerusform>
                <numerusform>%n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n statement</numerusform>
                <numerusform>%n statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n era(s)</source>
            <translation>
                <numerusform>%n era</numerusform>
                <numerusform>%n eras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s)</source>
            <translation>
                <numerusform>%n stop</numerusform>
                <numerusform>%n stops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s)</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n theme</numerusform>
                <numerusform>%n themes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n source</numerusform>
                <numerusform>%n sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relation(s)</source>
            <translation>
                <numerusform>%n relation</numerusform>
                <numerusform>%n relations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n module</numerusform>
                <numerusform>%n modules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story(ies)</source>
            <translation>
                <numerusform>%n story</numerusform>
                <numerusform>%n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackText</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %n correct option(s).</source>
            <translation>
                <numerusform>You picked %1 of %n correct option.</numerusform>
                <numerusform>You picked %1 of %n correct options.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %2 correct options and %n wrong one(s).</source>
            <translation>
                <numerusform>You picked %1 of %2 correct options and %n wrong one.</numerusform>
                <numerusform>You picked %1 of %2 correct options and %n wrong ones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) of events are in the right order.</source>
            <translation>
                <numerusform>%1 of %n pair of events is in the right order.</numerusform>
                <numerusform>%1 of %n pairs of events are in the right order.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) match.</source>
            <translation>
                <numerusform>%1 of %n pair matches.</numerusform>
                <numerusform>%1 of %n pairs match.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GenerateQuestionsDialog</name>
        <message numerus="yes">
            <source>%n question(s) made</source>
            <translation>
                <numerusform>%n question made</numerusform>
                <numerusform>%n questions made</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 from %n event(s). Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</source>
            <translation>
                <numerusform>%1 from %n event. Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</numerusform>
                <numerusform>%1 from %n events. Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%s: … and %n more</source>
            <translation>
                <numerusform>%s: … and %n more</numerusform>
                <numerusform>%s: … and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more will import</source>
            <translation>
                <numerusform>… and %n more will import</numerusform>
                <numerusform>… and %n more will import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items were added or updated. Students' progress was kept.</source>
            <translation>
                <numerusform>%n item was added or updated. Students' progress was kept.</numerusform>
                <numerusform>%n items were added or updated. Students' progress was kept.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModuleChooser</name>
        <message numerus="yes">
            <source>Resume at question %1 of %n</source>
            <translation>
                <numerusform>Resume at question %1 of %n</numerusform>
                <numerusform>Resume at question %1 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>%1 of %n answered</numerusform>
                <numerusform>%1 of %n answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review due: %n question(s)</source>
            <translation>
                <numerusform>Review due: %n question</numerusform>
                <numerusform>Review due: %n questions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fully right</source>
            <translation>
                <numerusform>%n fully right</numerusform>
                <numerusform>%n fully right</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different question(s)</source>
            <translation>
                <numerusform>%n different question</numerusform>
                <numerusform>%n different questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) behind questions you got wrong (click to see one on the timeline):</source>
            <translation>
                <numerusform>%n event behind questions you got wrong (click to see it on the timeline):</numerusform>
                <numerusform>%n events behind questions you got wrong (click to see one on the timeline):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message numerus="yes">
            <source>Place the marker on the year and month it happened: full credit within %n month(s).</source>
            <translation>
                <numerusform>Place the marker on the year and month it happened: full credit within %n month.</numerusform>
                <numerusform>Place the marker on the year and month it happened: full credit within %n months.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordStoreDialog</name>
        <message numerus="yes">
            <source>Sent %n statement(s).</source>
            <translation>
                <numerusform>Sent %n statement.</numerusform>
                <numerusform>Sent %n statements.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting. Last problem: %1.</source>
            <translation>
                <numerusform>%n statement waiting. Last problem: %1.</numerusform>
                <numerusform>%n statements waiting. Last problem: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting to be sent; %1 delivered.</source>
            <translation>
                <numerusform>%n statement waiting to be sent; %1 delivered.</numerusform>
                <numerusform>%n statements waiting to be sent; %1 delivered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered (last at %1).</source>
            <translation>
                <numerusform>%n statement delivered (last at %1).</numerusform>
                <numerusform>All %n statements delivered (last at %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered.</source>
            <translation>
                <numerusform>%n statement delivered.</numerusform>
                <numerusform>All %n statements delivered.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionWidget</name>
        <message numerus="yes">
            <source>&lt;h2&gt;Well done: you finished “%1”.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%2 of %n answer(s) fully right, %3 points of %n.&lt;/p&gt;&lt;p&gt;Questions you missed come back in &lt;b&gt;Review due&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;h2&gt;Well done: you finished “%1”.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%2 of %n answer fully right, %3 points of %n.&lt;/p&gt;&lt;p&gt;Questions you missed come back in &lt;b&gt;Review due&lt;/b&gt;.&lt;/p&gt;</numerusform>
                <numerusform>&lt;h2&gt;Well done: you finished “%1”.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%2 of %n answers fully right, %3 points of %n.&lt;/p&gt;&lt;p&gt;Questions you missed come back in &lt;b&gt;Review due&lt;/b&gt;.&lt;/p&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoryPanel</name>
        <message numerus="yes">
            <source>Handout saved: %1 (%n page(s)).</source>
            <translation>
                <numerusform>Handout saved: %1 (%n page).</numerusform>
                <numerusform>Handout saved: %1 (%n pages).</numerusform>
            </translation>
        </message>
    </context>
</TS>
