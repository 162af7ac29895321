<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Generate questions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make quiz questions from the selected events, to review before saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new, not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: fix the marked fields first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted: %s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted '%s'. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select one or more events first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> to module '%s'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %d generated questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %d questions%s. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search titles and ids…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items of the chosen kind; arrow keys move, Shift or Ctrl selects several</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rivalry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hostility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dependence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>double line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>solid line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dashed line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dotted line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dash-dot line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zigzag line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dash-dot-dot line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppearanceController</name>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text &amp;size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoiceInput</name>
        <message>
            <source>True</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>False</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Option %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose true or false first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an option first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareTableModel</name>
        <message>
            <source>appeared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same kind, new terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareWidget</name>
        <message>
            <source>First date to compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second date to compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the two dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations at the two dates and what changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare &amp;from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 “%2” is not usable: type YYYY or YYYY-MM between %3 and %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From %1 to %2: %3 pairs gained a relation, %4 lost all, %5 changed kind, %6 stayed the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateControlWidget</name>
        <message>
            <source>▶ Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play through the years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step through the years one by one (press again to stop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the relationship map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date (year or year-month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1”: there is no such month; months run from 01 to 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is outside the map: choose a date from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a year or a month: type YYYY or YYYY-MM, for example 2017 or 2024-06.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>■ Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop playing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventDetailsWidget</name>
        <message>
            <source>Confirmed by other sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contested: other sources differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outdated: true when written, later changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The author's interpretation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No event selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an event on the timeline or in the list to read about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>article paragraph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the article says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventListWidget</name>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All events in date order; select one to see its details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the article</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>Feedback: the answer, the explanation and the sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show on &amp;timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this event on the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly right: %1 % of the credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not quite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GenerateQuestionsDialog</name>
        <message>
            <source>Review generated questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d questions were made from %d events. Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generated questions: ticked ones will be added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Module to add the questions to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no module: only the question bank)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the ticked questions to &amp;module:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %d: %s: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question is ticked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Trilemma — China, North Korea and Russia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations at the chosen date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Explore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiz modules will appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Explore the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a &amp;quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Trilemma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Trilemma&lt;/h3&gt;&lt;p&gt;Explore how China, North Korea and Russia relate, and why Beijing is “caught between allies” as Moscow and Pyongyang draw close.&lt;/p&gt;&lt;p&gt;Built from: %s, checked against public reporting. Every event, claim and question shows its sources.&lt;/p&gt;&lt;p&gt;Works offline. Your answers stay on this computer.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Trilemma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchInput</name>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a partner for every item first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderInput</name>
        <message>
            <source>Events to put in order, earliest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen event earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the chosen event later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Choose a teacher PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter teacher mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the teacher PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No teacher PIN is set on this computer yet. Choose one (at least %d characters) and keep it from students: it opens the editor and the class results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the teacher PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the current PIN, then the new one twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Wrong PIN. Try again in %d s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new PINs differ. Type the same PIN twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionPreviewWidget</name>
        <message>
            <source>Preview: the question as a student sees it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; — what a student sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose every right answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no question text yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>True</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>False</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place it on the timeline (drag the marker).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put these in order, earliest first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match each item on the left with one on the right:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>This question cannot be shown: unknown type “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one answer (keys 1–9), then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose every answer that applies (keys 1–9), then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>True or false? Press 1 or 2, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the events in order, earliest first: drag them, or use Alt+Up and Alt+Down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the partner of each item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place the marker on the year and month it happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a short answer, then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the year, then press Enter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Trilemma: the database cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start fresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {0} is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {0} was made by a newer version of Trilemma.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {0} is busy in another Trilemma window or program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {0} cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can restore the automatic backup from {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no automatic backup left to restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or start fresh with the built-in content. Either way the damaged file is kept beside the database with "damaged" in its name, so nothing is thrown away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was not opened and not changed. Update Trilemma to open it, or start Trilemma with another file (--db FILE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the other window, then try again. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationGraphView</name>
        <message>
            <source>Relationship map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the arrow keys to move between countries and relations, Enter to open one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: press Enter to list its relations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and %2: %3, %4, strength %5 of 5</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationHistoryWidget</name>
        <message>
            <source>Relation history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a line on the map (or select it with the arrow keys and press Enter) to see how that pair's relations changed over time. Click a country to list its relations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and %2 over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No relation between them is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No relation recorded at this date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ holds at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Began with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All its relations over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strength %1 of 5</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationLegendWidget</name>
        <message>
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thicker = stronger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A thicker line means a stronger relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>arrow = one-sided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An arrow means a one-sided relation, pointing at who depends</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationsPanel</name>
        <message>
            <source>Relations between the countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations at the chosen date, as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a line to see that pair's history, or a country to list its relations. Keyboard: Tab to the map, arrow keys to move, Enter to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ways to see the relations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;able</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;mpare two dates</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelationsTableModel</name>
        <message>
            <source>Pair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since – until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both ways</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The shared content pack was not used: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeacherModeController</name>
        <message>
            <source>&amp;Enter teacher mode…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave teacher mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change PIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the e&amp;ditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class &amp;results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teacher mode is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The content editor will appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The class results will appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;ditor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextAnswerInput</name>
        <message>
            <source>Your answer: a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a year first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an answer first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineInput</name>
        <message>
            <source>Year axis: drag or click to place the marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year of the marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month of the marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag the marker, click the axis, or type a year and a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place the marker first.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
