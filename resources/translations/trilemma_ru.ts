<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name />
        <message>
            <source>Editor</source>
            <translation>Редактор</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Создать</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Вернуть</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Generate questions…</source>
            <translation>Создать &amp;вопросы…</translation>
        </message>
        <message>
            <source>Make quiz questions from the selected events, to review before saving</source>
            <translation>Составить вопросы теста по выбранным событиям и проверить их перед сохранением</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(новый)</translation>
        </message>
        <message>
            <source>new, not saved yet</source>
            <translation>новый, ещё не сохранён</translation>
        </message>
        <message>
            <source>unsaved changes</source>
            <translation>есть несохранённые изменения</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>“%s” has changes that are not saved. Discard them?</source>
            <translation>В «%s» есть несохранённые изменения. Отбросить их?</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Новая запись</translation>
        </message>
        <message>
            <source>Not saved: %s</source>
            <translation>Не сохранено: %s</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields first.</source>
            <translation>Не сохранено: сначала исправьте отмеченные поля.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Saved. Undo with Ctrl+Z.</source>
            <translation>Сохранено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Not deleted: %s.</source>
            <translation>Не удалено: %s.</translation>
        </message>
        <message>
            <source>Deleted '%s'. Undo with Ctrl+Z.</source>
            <translation>«%s» удалено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Generate questions</source>
            <translation>Создать вопросы</translation>
        </message>
        <message>
            <source>Select one or more events first.</source>
            <translation>Сначала выберите одно или несколько событий.</translation>
        </message>
        <message>
            <source> to module '%s'</source>
            <translation> в модуль «%s»</translation>
        </message>
        <message>
            <source>Add %d generated questions</source>
            <translation>Добавить созданные вопросы: %d</translation>
        </message>
        <message>
            <source>Added %d questions%s. Undo with Ctrl+Z.</source>
            <translation>Добавлено вопросов: %d%s. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Вид записи</translation>
        </message>
        <message>
            <source>Search items</source>
            <translation>Поиск записей</translation>
        </message>
        <message>
            <source>Search titles and ids…</source>
            <translation>Поиск по названиям и идентификаторам…</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Items of the chosen kind; arrow keys move, Shift or Ctrl selects several</source>
            <translation>Записи выбранного вида; стрелки — перемещение, Shift или Ctrl — выбор нескольких</translation>
        </message>
        <message>
            <source>&amp;Edit:</source>
            <translation>&amp;Правка:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <source>alliance</source>
            <translation>союз</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>партнёрство</translation>
        </message>
        <message>
            <source>warming</source>
            <translation>потепление</translation>
        </message>
        <message>
            <source>strained</source>
            <translation>напряжённость</translation>
        </message>
        <message>
            <source>rivalry</source>
            <translation>соперничество</translation>
        </message>
        <message>
            <source>hostility</source>
            <translation>вражда</translation>
        </message>
        <message>
            <source>dependence</source>
            <translation>зависимость</translation>
        </message>
        <message>
            <source>double line</source>
            <translation>двойная линия</translation>
        </message>
        <message>
            <source>solid line</source>
            <translation>сплошная линия</translation>
        </message>
        <message>
            <source>dashed line</source>
            <translation>штриховая линия</translation>
        </message>
        <message>
            <source>dotted line</source>
            <translation>пунктирная линия</translation>
        </message>
        <message>
            <source>dash-dot line</source>
            <translation>штрихпунктирная линия</translation>
        </message>
        <message>
            <source>zigzag line</source>
            <translation>зигзаг</translation>
        </message>
        <message>
            <source>dash-dot-dot line</source>
            <translation>штрих и две точки</translation>
        </message>
        <message>
            <source>Answer options</source>
            <translation>Варианты ответа</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Верный</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Вариант</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>Добавить вариант</translation>
        </message>
        <message>
            <source>Remove option</source>
            <translation>Удалить вариант</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>верный</translation>
        </message>
        <message>
            <source>Tick if this option is a correct answer</source>
            <translation>Отметьте, если этот вариант верный</translation>
        </message>
        <message>
            <source>%p % mastered</source>
            <translation>освоено %p %</translation>
        </message>
        <message>
            <source>Resume at question %1 of %2</source>
            <translation>Продолжить с вопроса %1 из %2</translation>
        </message>
        <message>
            <source>%1 of %2 answered</source>
            <translation>отвечено %1 из %2</translation>
        </message>
        <message>
            <source>%1 questions</source>
            <translation>вопросов: %1</translation>
        </message>
        <message>
            <source>1 student</source>
            <translation>1 ученик</translation>
        </message>
        <message>
            <source>%d students</source>
            <translation>учеников: %d</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>AppearanceController</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Светлая</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Тёмная</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Высокий контраст</translation>
        </message>
        <message>
            <source>Text &amp;size</source>
            <translation>&amp;Размер текста</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Крупнее</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>&amp;Мельче</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Размер &amp;по умолчанию</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>Размер текста: %1%</translation>
        </message>
    </context>
    <context>
        <name>BarPlotWidget</name>
        <message>
            <source>A bar chart; the results table holds the same numbers</source>
            <translation>Столбчатая диаграмма; те же числа есть в таблице результатов</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Ответов пока нет</translation>
        </message>
    </context>
    <context>
        <name>ChoiceInput</name>
        <message>
            <source>True</source>
            <translation>Верно</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Неверно</translation>
        </message>
        <message>
            <source>Option %1: %2</source>
            <translation>Вариант %1: %2</translation>
        </message>
        <message>
            <source>Choose true or false first.</source>
            <translation>Сначала выберите «верно» или «неверно».</translation>
        </message>
        <message>
            <source>Choose an option first.</source>
            <translation>Сначала выберите вариант.</translation>
        </message>
    </context>
    <context>
        <name>CompareTableModel</name>
        <message>
            <source>appeared</source>
            <translation>появилось</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>закончилось</translation>
        </message>
        <message>
            <source>changed kind</source>
            <translation>сменился вид</translation>
        </message>
        <message>
            <source>same kind, new terms</source>
            <translation>тот же вид, новые условия</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Пара</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
    </context>
    <context>
        <name>CompareWidget</name>
        <message>
            <source>First date to compare</source>
            <translation>Первая дата для сравнения</translation>
        </message>
        <message>
            <source>Second date to compare</source>
            <translation>Вторая дата для сравнения</translation>
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation>ГГГГ или ГГГГ-ММ</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Сравнить</translation>
        </message>
        <message>
            <source>Compare the two dates</source>
            <translation>Сравнить две даты</translation>
        </message>
        <message>
            <source>Relations at the two dates and what changed</source>
            <translation>Отношения на две даты и что изменилось</translation>
        </message>
        <message>
            <source>Compare &amp;from</source>
            <translation>Сравнить &amp;с</translation>
        </message>
        <message>
            <source>with</source>
            <translation>и</translation>
        </message>
        <message>
            <source>first date</source>
            <translation>первая дата</translation>
        </message>
        <message>
            <source>second date</source>
            <translation>вторая дата</translation>
        </message>
        <message>
            <source>The %1 “%2” is not usable: type YYYY or YYYY-MM between %3 and %4.</source>
            <translation>%1 «%2» не подходит: введите ГГГГ или ГГГГ-ММ от %3 до %4.</translation>
        </message>
        <message>
            <source>%1 — labelled: what ended by the second date</source>
            <translation>%1 — подписано: что закончилось ко второй дате</translation>
        </message>
        <message>
            <source>%1 — labelled: what is new since the first date</source>
            <translation>%1 — подписано: что появилось после первой даты</translation>
        </message>
        <message>
            <source>From %1 to %2: %3 pairs gained a relation, %4 lost all, %5 changed kind, %6 stayed the same.</source>
            <translation>С %1 по %2: у %3 пар появились отношения, %4 потеряли все, у %5 сменился вид, %6 остались прежними.</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Экспорт в CSV…</translation>
        </message>
        <message>
            <source>Save the table of the page shown as a CSV file for a spreadsheet</source>
            <translation>Сохранить таблицу текущей страницы в файл CSV для электронной таблицы</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>Class average per module</source>
            <translation>Средний результат класса по модулям</translation>
        </message>
        <message>
            <source>Hardest questions: share answered correctly</source>
            <translation>Самые трудные вопросы: доля верных ответов</translation>
        </message>
        <message>
            <source>Students per mastery band (all modules; no names, safe to project)</source>
            <translation>Ученики по уровням освоения (все модули; без имён, можно показывать на экране)</translation>
        </message>
        <message>
            <source>&amp;Modules</source>
            <translation>&amp;Модули</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Вопросы</translation>
        </message>
        <message>
            <source>&amp;Students</source>
            <translation>&amp;Ученики</translation>
        </message>
        <message>
            <source>Results table: %s</source>
            <translation>Таблица результатов: %s</translation>
        </message>
        <message>
            <source>One row per item; arrow keys move, click a header to sort</source>
            <translation>Одна строка на запись; стрелки — перемещение, щелчок по заголовку — сортировка</translation>
        </message>
        <message>
            <source>often: %s</source>
            <translation>часто: %s</translation>
        </message>
        <message>
            <source>&lt;b&gt;%s&lt;/b&gt; · %d answers · %d questions answered</source>
            <translation>&lt;b&gt;%s&lt;/b&gt; · ответов: %d · вопросов с ответом: %d</translation>
        </message>
        <message>
            <source>Export class results</source>
            <translation>Экспорт результатов класса</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %s: %s</source>
            <translation>Не удалось записать %s: %s</translation>
        </message>
        <message>
            <source>Saved %d rows to %s</source>
            <translation>Сохранено строк: %d в %s</translation>
        </message>
    </context>
    <context>
        <name>DateControlWidget</name>
        <message>
            <source>▶ Play</source>
            <translation>▶ Пуск</translation>
        </message>
        <message>
            <source>Play through the years</source>
            <translation>Пройти по годам</translation>
        </message>
        <message>
            <source>Step through the years one by one (press again to stop)</source>
            <translation>Перебирать годы по одному (нажмите ещё раз, чтобы остановить)</translation>
        </message>
        <message>
            <source>Date of the relationship map</source>
            <translation>Дата карты отношений</translation>
        </message>
        <message>
            <source>Date (year or year-month)</source>
            <translation>Дата (год или год-месяц)</translation>
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation>ГГГГ или ГГГГ-ММ</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>“%1”: there is no such month; months run from 01 to 12.</source>
            <translation>«%1»: такого месяца нет; месяцы — от 01 до 12.</translation>
        </message>
        <message>
            <source>“%1” is outside the map: choose a date from %2 to %3.</source>
            <translation>«%1» вне карты: выберите дату от %2 до %3.</translation>
        </message>
        <message>
            <source>“%1” is not a year or a month: type YYYY or YYYY-MM, for example 2017 or 2024-06.</source>
            <translation>«%1» — не год и не месяц: введите ГГГГ или ГГГГ-ММ, например 2017 или 2024-06.</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ Стоп</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>Остановить</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsWidget</name>
        <message>
            <source>Confirmed by other sources</source>
            <translation>Подтверждено другими источниками</translation>
        </message>
        <message>
            <source>Contested: other sources differ</source>
            <translation>Спорно: другие источники расходятся</translation>
        </message>
        <message>
            <source>Outdated: true when written, later changed</source>
            <translation>Устарело: верно на момент написания, позже изменилось</translation>
        </message>
        <message>
            <source>The author's interpretation</source>
            <translation>Мнение автора</translation>
        </message>
        <message>
            <source>From the article</source>
            <translation>Из статьи</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Контекст</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>После статьи</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>Подробности события</translation>
        </message>
        <message>
            <source>No event selected</source>
            <translation>Событие не выбрано</translation>
        </message>
        <message>
            <source>Choose an event on the timeline or in the list to read about it.</source>
            <translation>Выберите событие на ленте времени или в списке, чтобы прочитать о нём.</translation>
        </message>
        <message>
            <source>article paragraph</source>
            <translation>абзац статьи</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>What the article says</source>
            <translation>Что говорится в статье</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Related events</source>
            <translation>Связанные события</translation>
        </message>
    </context>
    <context>
        <name>EventListWidget</name>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>All events in date order; select one to see its details</source>
            <translation>Все события по датам; выберите одно, чтобы увидеть подробности</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>In the article</source>
            <translation>В статье</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Контекст</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>После статьи</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <source>Feedback: the answer, the explanation and the sources</source>
            <translation>Разбор: ответ, объяснение и источники</translation>
        </message>
        <message>
            <source>Show on &amp;timeline</source>
            <translation>Показать на &amp;ленте</translation>
        </message>
        <message>
            <source>Show this event on the timeline</source>
            <translation>Показать это событие на ленте времени</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>&amp;Следующий вопрос</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Следующий вопрос</translation>
        </message>
        <message>
            <source>Correct!</source>
            <translation>Верно!</translation>
        </message>
        <message>
            <source>Partly right: %1 % of the credit</source>
            <translation>Частично верно: %1 % баллов</translation>
        </message>
        <message>
            <source>Not quite</source>
            <translation>Не совсем</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Завершить</translation>
        </message>
        <message>
            <source>The answer:</source>
            <translation>Ответ:</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
    </context>
    <context>
        <name>GenerateQuestionsDialog</name>
        <message>
            <source>Review generated questions</source>
            <translation>Проверка созданных вопросов</translation>
        </message>
        <message>
            <source>%d questions were made from %d events. Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</source>
            <translation>Создано вопросов: %d, по событиям: %d. Снимите отметку с лишних; выберите вопрос, чтобы изменить его. Ничего не сохраняется, пока вы не нажмёте «Добавить в модуль».</translation>
        </message>
        <message>
            <source>Generated questions: ticked ones will be added</source>
            <translation>Созданные вопросы: отмеченные будут добавлены</translation>
        </message>
        <message>
            <source>Module to add the questions to</source>
            <translation>Модуль, в который добавить вопросы</translation>
        </message>
        <message>
            <source>(no module: only the question bank)</source>
            <translation>(без модуля: только в банк вопросов)</translation>
        </message>
        <message>
            <source>Add to module</source>
            <translation>Добавить в модуль</translation>
        </message>
        <message>
            <source>Add the ticked questions to &amp;module:</source>
            <translation>Добавить отмеченные вопросы в &amp;модуль:</translation>
        </message>
        <message>
            <source>Question %d: %s: %s</source>
            <translation>Вопрос %d: %s: %s</translation>
        </message>
        <message>
            <source>No question is ticked.</source>
            <translation>Ни один вопрос не отмечен.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Trilemma — China, North Korea and Russia</source>
            <translation>Trilemma — Китай, Северная Корея и Россия</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Лента времени</translation>
        </message>
        <message>
            <source>Relations at the chosen date</source>
            <translation>Отношения на выбранную дату</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>Подробности события</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Тест</translation>
        </message>
        <message>
            <source>&amp;Explore</source>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>&amp;Тест</translation>
        </message>
        <message>
            <source>Source: %s</source>
            <translation>Источник: %s</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>Мои успехи</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>&amp;Успехи</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>&amp;Учитель</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;Explore the timeline</source>
            <translation>&amp;Лента времени</translation>
        </message>
        <message>
            <source>Take a &amp;quiz</source>
            <translation>Пройти &amp;тест</translation>
        </message>
        <message>
            <source>The &amp;relationship map</source>
            <translation>&amp;Карта отношений</translation>
        </message>
        <message>
            <source>&amp;About Trilemma</source>
            <translation>&amp;О программе Trilemma</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Trilemma&lt;/h3&gt;&lt;p&gt;Explore how China, North Korea and Russia relate, and why Beijing is “caught between allies” as Moscow and Pyongyang draw close.&lt;/p&gt;&lt;p&gt;Built from: %s, checked against public reporting. Every event, claim and question shows its sources.&lt;/p&gt;&lt;p&gt;Works offline. Your answers stay on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Trilemma&lt;/h3&gt;&lt;p&gt;Как связаны Китай, Северная Корея и Россия и почему Пекин оказался «между союзниками», когда Москва и Пхеньян сближаются.&lt;/p&gt;&lt;p&gt;Основа: %s, сверено с открытыми сообщениями. У каждого события, утверждения и вопроса указаны источники.&lt;/p&gt;&lt;p&gt;Работает без интернета. Ваши ответы остаются на этом компьютере.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Trilemma</source>
            <translation>О программе Trilemma</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
    </context>
    <context>
        <name>MatchInput</name>
        <message>
            <source>Choose…</source>
            <translation>Выберите…</translation>
        </message>
        <message>
            <source>Partner for %1</source>
            <translation>Пара для «%1»</translation>
        </message>
        <message>
            <source>Choose a partner for every item first.</source>
            <translation>Сначала подберите пару к каждому пункту.</translation>
        </message>
    </context>
    <context>
        <name>ModuleChooser</name>
        <message>
            <source>My &amp;progress</source>
            <translation>Мои &amp;успехи</translation>
        </message>
        <message>
            <source>S&amp;witch student</source>
            <translation>&amp;Сменить ученика</translation>
        </message>
        <message>
            <source>&lt;b&gt;Modules&lt;/b&gt;: pick one and press Enter, or double-click it.</source>
            <translation>&lt;b&gt;Модули&lt;/b&gt;: выберите модуль и нажмите Enter или щёлкните по нему дважды.</translation>
        </message>
        <message>
            <source>Quiz modules</source>
            <translation>Модули тестов</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Здравствуйте, %1</translation>
        </message>
        <message>
            <source>&amp;Review due (%1)</source>
            <translation>&amp;Повторить (%1)</translation>
        </message>
        <message>
            <source>Review due: %1 questions</source>
            <translation>К повторению: %1 вопр.</translation>
        </message>
        <message>
            <source>Questions you missed or were unsure of come back here when due.</source>
            <translation>Вопросы, в которых вы ошиблись или сомневались, вернутся сюда в свой срок.</translation>
        </message>
        <message>
            <source>Nothing due now. Next review: %1</source>
            <translation>Сейчас повторять нечего. Следующее повторение: %1</translation>
        </message>
        <message>
            <source>Answer some questions: the ones you miss come back here.</source>
            <translation>Ответьте на несколько вопросов: те, где вы ошибётесь, вернутся сюда.</translation>
        </message>
    </context>
    <context>
        <name>OrderInput</name>
        <message>
            <source>Events to put in order, earliest first</source>
            <translation>События, которые нужно упорядочить, начиная с самого раннего</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <source>Move the chosen event earlier</source>
            <translation>Переместить выбранное событие раньше</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <source>Move the chosen event later</source>
            <translation>Переместить выбранное событие позже</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Choose a teacher PIN</source>
            <translation>Задайте PIN-код учителя</translation>
        </message>
        <message>
            <source>Enter teacher mode</source>
            <translation>Вход в режим учителя</translation>
        </message>
        <message>
            <source>Change the teacher PIN</source>
            <translation>Смена PIN-кода учителя</translation>
        </message>
        <message>
            <source>No teacher PIN is set on this computer yet. Choose one (at least %d characters) and keep it from students: it opens the editor and the class results.</source>
            <translation>На этом компьютере ещё нет PIN-кода учителя. Задайте его (не короче %d символов) и не сообщайте ученикам: он открывает редактор и результаты класса.</translation>
        </message>
        <message>
            <source>Type the teacher PIN.</source>
            <translation>Введите PIN-код учителя.</translation>
        </message>
        <message>
            <source>Type the current PIN, then the new one twice.</source>
            <translation>Введите текущий PIN-код, затем дважды новый.</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Текущий PIN-код</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Новый PIN-код</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Новый PIN-код ещё раз</translation>
        </message>
        <message>
            <source>&amp;Current PIN:</source>
            <translation>&amp;Текущий PIN-код:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN-код:</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;Новый PIN-код:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Ещё раз:</translation>
        </message>
        <message>
            <source>⚠ Wrong PIN. Try again in %d s.</source>
            <translation>⚠ Неверный PIN-код. Повторите через %d с.</translation>
        </message>
        <message>
            <source>You may try again.</source>
            <translation>Можно попробовать снова.</translation>
        </message>
        <message>
            <source>The two new PINs differ. Type the same PIN twice.</source>
            <translation>Новые PIN-коды не совпадают. Введите один и тот же PIN-код дважды.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Who is learning?</source>
            <translation>Кто учится?</translation>
        </message>
        <message>
            <source>Pick your name, or add it if you are new. No password: your answers stay on this computer.</source>
            <translation>Выберите своё имя или добавьте его, если вы здесь впервые. Пароль не нужен: ваши ответы остаются на этом компьютере.</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Ученики</translation>
        </message>
        <message>
            <source>Arrow keys choose a name, Enter starts</source>
            <translation>Стрелки — выбор имени, Enter — начать</translation>
        </message>
        <message>
            <source>&amp;Start as this student</source>
            <translation>&amp;Начать как этот ученик</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Переименовать…</translation>
        </message>
        <message>
            <source>New &amp;student:</source>
            <translation>Новый &amp;ученик:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>Name of a new student</source>
            <translation>Имя нового ученика</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое имя:</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>A chart of your own results, in percent</source>
            <translation>Диаграмма ваших результатов в процентах</translation>
        </message>
        <message>
            <source>Back to the &amp;quiz</source>
            <translation>Назад к &amp;тесту</translation>
        </message>
        <message>
            <source>Score per module (%)</source>
            <translation>Результат по модулям (%)</translation>
        </message>
        <message>
            <source>Mastery over time (%)</source>
            <translation>Освоение во времени (%)</translation>
        </message>
        <message>
            <source>Weak spots on the timeline</source>
            <translation>Слабые места на ленте времени</translation>
        </message>
        <message>
            <source>Questions you missed most often</source>
            <translation>Вопросы, в которых вы чаще всего ошибались</translation>
        </message>
        <message>
            <source>One line per question, the most missed first</source>
            <translation>По строке на вопрос, сначала самые частые ошибки</translation>
        </message>
        <message>
            <source>Most missed questions</source>
            <translation>Самые частые ошибки</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Успехи</translation>
        </message>
        <message>
            <source>Pick your name in the Quiz tab to see your progress.</source>
            <translation>Выберите своё имя на вкладке «Тест», чтобы увидеть свои успехи.</translation>
        </message>
        <message>
            <source>%1's progress</source>
            <translation>Успехи: %1</translation>
        </message>
        <message>
            <source>%1 answers · %2 fully right · %3 different questions</source>
            <translation>ответов: %1 · полностью верных: %2 · разных вопросов: %3</translation>
        </message>
        <message>
            <source>%1 (missed %2 of %3)</source>
            <translation>%1 (ошибок: %2 из %3)</translation>
        </message>
        <message>
            <source>Nothing missed yet.</source>
            <translation>Ошибок пока нет.</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>не начат</translation>
        </message>
        <message>
            <source>Answer some questions to see your mastery grow.</source>
            <translation>Ответьте на несколько вопросов, чтобы увидеть, как растёт освоение.</translation>
        </message>
        <message>
            <source>No weak spots: every question you answered is right now.</source>
            <translation>Слабых мест нет: все вопросы, на которые вы отвечали, сейчас верны.</translation>
        </message>
        <message>
            <source>%1 events behind questions you got wrong: %2</source>
            <translation>События за вопросами с ошибками (%1): %2</translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation> и ещё %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreviewWidget</name>
        <message>
            <source>Preview: the question as a student sees it</source>
            <translation>Предпросмотр: вопрос глазами ученика</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; — what a student sees</source>
            <translation>&lt;b&gt;Предпросмотр&lt;/b&gt; — что видит ученик</translation>
        </message>
        <message>
            <source>Question preview</source>
            <translation>Предпросмотр вопроса</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Выберите один ответ.</translation>
        </message>
        <message>
            <source>Choose every right answer.</source>
            <translation>Выберите все верные ответы.</translation>
        </message>
        <message>
            <source>(no question text yet)</source>
            <translation>(текста вопроса пока нет)</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Верно</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Неверно</translation>
        </message>
        <message>
            <source>Type a year:</source>
            <translation>Введите год:</translation>
        </message>
        <message>
            <source>Place it on the timeline (drag the marker).</source>
            <translation>Отметьте на ленте времени (перетащите маркер).</translation>
        </message>
        <message>
            <source>Type your answer:</source>
            <translation>Введите ответ:</translation>
        </message>
        <message>
            <source>Put these in order, earliest first:</source>
            <translation>Расположите по порядку, начиная с самого раннего:</translation>
        </message>
        <message>
            <source>Match each item on the left with one on the right:</source>
            <translation>Сопоставьте каждый пункт слева с пунктом справа:</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>This question cannot be shown: unknown type “%1”.</source>
            <translation>Этот вопрос нельзя показать: неизвестный тип «%1».</translation>
        </message>
        <message>
            <source>&amp;Check answer</source>
            <translation>&amp;Проверить ответ</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>Проверить ответ</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–9), then press Enter.</source>
            <translation>Выберите один ответ (клавиши 1–9) и нажмите Enter.</translation>
        </message>
        <message>
            <source>Choose every answer that applies (keys 1–9), then press Enter.</source>
            <translation>Выберите все подходящие ответы (клавиши 1–9) и нажмите Enter.</translation>
        </message>
        <message>
            <source>True or false? Press 1 or 2, then Enter.</source>
            <translation>Верно или неверно? Нажмите 1 или 2, затем Enter.</translation>
        </message>
        <message>
            <source>Put the events in order, earliest first: drag them, or use Alt+Up and Alt+Down.</source>
            <translation>Расположите события по порядку, начиная с самого раннего: перетаскивайте их или используйте Alt+Вверх и Alt+Вниз.</translation>
        </message>
        <message>
            <source>Choose the partner of each item.</source>
            <translation>Подберите пару к каждому пункту.</translation>
        </message>
        <message>
            <source>Place the marker on the year and month it happened.</source>
            <translation>Поставьте маркер на год и месяц события.</translation>
        </message>
        <message>
            <source>Type a short answer, then press Enter.</source>
            <translation>Введите краткий ответ и нажмите Enter.</translation>
        </message>
        <message>
            <source>Type the year, then press Enter.</source>
            <translation>Введите год и нажмите Enter.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Trilemma: the database cannot be opened</source>
            <translation>Trilemma: базу данных не удаётся открыть</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Восстановить копию</translation>
        </message>
        <message>
            <source>Start fresh</source>
            <translation>Начать заново</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>The database {0} is damaged.</source>
            <translation>База данных {0} повреждена.</translation>
        </message>
        <message>
            <source>The database {0} was made by a newer version of Trilemma.</source>
            <translation>База данных {0} создана более новой версией Trilemma.</translation>
        </message>
        <message>
            <source>The database {0} is busy in another Trilemma window or program.</source>
            <translation>База данных {0} занята другим окном Trilemma или другой программой.</translation>
        </message>
        <message>
            <source>The database {0} cannot be used.</source>
            <translation>Базу данных {0} нельзя использовать.</translation>
        </message>
        <message>
            <source>You can restore the automatic backup from {0}.</source>
            <translation>Можно восстановить автоматическую копию от {0}.</translation>
        </message>
        <message>
            <source>There is no automatic backup left to restore.</source>
            <translation>Автоматических копий для восстановления не осталось.</translation>
        </message>
        <message>
            <source>Or start fresh with the built-in content. Either way the damaged file is kept beside the database with "damaged" in its name, so nothing is thrown away.</source>
            <translation>Или начните заново со встроенным содержанием. В любом случае повреждённый файл сохраняется рядом с базой со словом "damaged" в имени, так что ничего не теряется.</translation>
        </message>
        <message>
            <source>It was not opened and not changed. Update Trilemma to open it, or start Trilemma with another file (--db FILE).</source>
            <translation>Она не открыта и не изменена. Обновите Trilemma, чтобы открыть её, или запустите Trilemma с другим файлом (--db FILE).</translation>
        </message>
        <message>
            <source>Close the other window, then try again. Nothing was changed.</source>
            <translation>Закройте другое окно и повторите. Ничего не изменено.</translation>
        </message>
    </context>
    <context>
        <name>RelationGraphView</name>
        <message>
            <source>Relationship map</source>
            <translation>Карта отношений</translation>
        </message>
        <message>
            <source>Use the arrow keys to move between countries and relations, Enter to open one.</source>
            <translation>Стрелки — переход между странами и отношениями, Enter — открыть.</translation>
        </message>
        <message>
            <source>%s: press Enter to list its relations</source>
            <translation>%s: нажмите Enter, чтобы увидеть отношения</translation>
        </message>
        <message>
            <source>%1 and %2: %3, %4, strength %5 of 5</source>
            <translation>%1 и %2: %3, %4, сила %5 из 5</translation>
        </message>
        <message>
            <source>, one-sided: %1 → %2</source>
            <translation>, одностороннее: %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>RelationHistoryWidget</name>
        <message>
            <source>Relation history</source>
            <translation>История отношений</translation>
        </message>
        <message>
            <source>Click a line on the map (or select it with the arrow keys and press Enter) to see how that pair's relations changed over time. Click a country to list its relations.</source>
            <translation>Щёлкните линию на карте (или выберите её стрелками и нажмите Enter), чтобы увидеть, как менялись отношения этой пары. Щёлкните страну, чтобы увидеть все её отношения.</translation>
        </message>
        <message>
            <source>%1 and %2 over time</source>
            <translation>%1 и %2 во времени</translation>
        </message>
        <message>
            <source>No relation between them is recorded.</source>
            <translation>Отношения между ними не записаны.</translation>
        </message>
        <message>
            <source>No relation recorded at this date.</source>
            <translation>На эту дату отношения не записаны.</translation>
        </message>
        <message>
            <source>◀ holds at %1</source>
            <translation>◀ действует на %1</translation>
        </message>
        <message>
            <source>Began with</source>
            <translation>Началось с</translation>
        </message>
        <message>
            <source>Ended with</source>
            <translation>Закончилось</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 на %2</translation>
        </message>
        <message>
            <source>All its relations over time</source>
            <translation>Все её отношения во времени</translation>
        </message>
        <message>
            <source>strength %1 of 5</source>
            <translation>сила %1 из 5</translation>
        </message>
    </context>
    <context>
        <name>RelationLegendWidget</name>
        <message>
            <source>Legend</source>
            <translation>Условные обозначения</translation>
        </message>
        <message>
            <source>thicker = stronger</source>
            <translation>толще = сильнее</translation>
        </message>
        <message>
            <source>A thicker line means a stronger relation</source>
            <translation>Чем толще линия, тем сильнее отношения</translation>
        </message>
        <message>
            <source>arrow = one-sided</source>
            <translation>стрелка = односторонние</translation>
        </message>
        <message>
            <source>An arrow marks a one-sided relation: it points from the side that gives or acts</source>
            <translation>Стрелка обозначает односторонние отношения: она идёт от стороны, которая даёт или действует</translation>
        </message>
    </context>
    <context>
        <name>RelationsPanel</name>
        <message>
            <source>Relations between the countries</source>
            <translation>Отношения между странами</translation>
        </message>
        <message>
            <source>Relations at the chosen date, as a table</source>
            <translation>Отношения на выбранную дату в виде таблицы</translation>
        </message>
        <message>
            <source>Click a line to see that pair's history, or a country to list its relations. Keyboard: Tab to the map, arrow keys to move, Enter to open.</source>
            <translation>Щёлкните линию, чтобы увидеть историю пары, или страну — чтобы увидеть её отношения. Клавиатура: Tab — к карте, стрелки — перемещение, Enter — открыть.</translation>
        </message>
        <message>
            <source>Ways to see the relations</source>
            <translation>Способы увидеть отношения</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Карта</translation>
        </message>
        <message>
            <source>T&amp;able</source>
            <translation>&amp;Таблица</translation>
        </message>
        <message>
            <source>Co&amp;mpare two dates</source>
            <translation>&amp;Сравнить две даты</translation>
        </message>
    </context>
    <context>
        <name>RelationsTableModel</name>
        <message>
            <source>Pair</source>
            <translation>Пара</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Сила</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Since – until</source>
            <translation>С – по</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 из 5</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>в обе стороны</translation>
        </message>
    </context>
    <context>
        <name>SessionWidget</name>
        <message>
            <source>← &amp;Modules</source>
            <translation>← &amp;Модули</translation>
        </message>
        <message>
            <source>Back to the modules (your place is kept)</source>
            <translation>Назад к модулям (место сохраняется)</translation>
        </message>
        <message>
            <source>Progress through the quiz</source>
            <translation>Ход теста</translation>
        </message>
        <message>
            <source>Back to the &amp;modules</source>
            <translation>Назад к &amp;модулям</translation>
        </message>
        <message>
            <source>See my &amp;progress</source>
            <translation>Мои &amp;успехи</translation>
        </message>
        <message>
            <source>I'm &amp;not sure</source>
            <translation>Я &amp;не уверен(а)</translation>
        </message>
        <message>
            <source>Tick this if you guessed: the question will come back sooner for review.</source>
            <translation>Отметьте, если вы угадывали: вопрос вернётся на повторение раньше.</translation>
        </message>
        <message>
            <source>Review: questions due again</source>
            <translation>Повторение: вопросы, которым пришёл срок</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Вопрос %1 из %2</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Well done: you finished “%1”.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%2 of %3 answers fully right, %4 points of %3.&lt;/p&gt;&lt;p&gt;Questions you missed come back in &lt;b&gt;Review due&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Отлично: вы прошли «%1».&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;Полностью верных ответов: %2 из %3, баллов: %4 из %3.&lt;/p&gt;&lt;p&gt;Вопросы с ошибками вернутся в разделе &lt;b&gt;Повторить&lt;/b&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The shared content pack was not used: %1</source>
            <translation>Общий пакет содержания не использован: %1</translation>
        </message>
    </context>
    <context>
        <name>TeacherModeController</name>
        <message>
            <source>&amp;Enter teacher mode…</source>
            <translation>&amp;Войти в режим учителя…</translation>
        </message>
        <message>
            <source>&amp;Leave teacher mode</source>
            <translation>В&amp;ыйти из режима учителя</translation>
        </message>
        <message>
            <source>&amp;Change PIN…</source>
            <translation>&amp;Сменить PIN-код…</translation>
        </message>
        <message>
            <source>Open the e&amp;ditor</source>
            <translation>Открыть &amp;редактор</translation>
        </message>
        <message>
            <source>Class &amp;results</source>
            <translation>&amp;Результаты класса</translation>
        </message>
        <message>
            <source>Teacher mode is on</source>
            <translation>Режим учителя включён</translation>
        </message>
        <message>
            <source>The PIN was changed.</source>
            <translation>PIN-код изменён.</translation>
        </message>
        <message>
            <source>The content editor will appear here.</source>
            <translation>Здесь появится редактор содержания.</translation>
        </message>
        <message>
            <source>The class results will appear here.</source>
            <translation>Здесь появятся результаты класса.</translation>
        </message>
        <message>
            <source>E&amp;ditor</source>
            <translation>&amp;Редактор</translation>
        </message>
    </context>
    <context>
        <name>TextAnswerInput</name>
        <message>
            <source>Your answer: a year</source>
            <translation>Ваш ответ: год</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>Введите ответ</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Ваш ответ</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>Enter a year first.</source>
            <translation>Сначала введите год.</translation>
        </message>
        <message>
            <source>Type an answer first.</source>
            <translation>Сначала введите ответ.</translation>
        </message>
    </context>
    <context>
        <name>TimelineInput</name>
        <message>
            <source>Year axis: drag or click to place the marker</source>
            <translation>Ось лет: перетащите или щёлкните, чтобы поставить маркер</translation>
        </message>
        <message>
            <source>Year?</source>
            <translation>Год?</translation>
        </message>
        <message>
            <source>Year of the marker</source>
            <translation>Год маркера</translation>
        </message>
        <message>
            <source>Month?</source>
            <translation>Месяц?</translation>
        </message>
        <message>
            <source>Month of the marker</source>
            <translation>Месяц маркера</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Месяц:</translation>
        </message>
        <message>
            <source>Drag the marker, click the axis, or type a year and a month.</source>
            <translation>Перетащите маркер, щёлкните по оси или введите год и месяц.</translation>
        </message>
        <message>
            <source>Place the marker first.</source>
            <translation>Сначала поставьте маркер.</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>1 student</source>
            <translation>1 ученик</translation>
        </message>
        <message>
            <source>%d students</source>
            <translation>учеников: %d</translation>
        </message>
    </context>
</TS>
