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
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Generate questions…</source>
            <translation>Создать вопросы…</translation>
        </message>
        <message>
            <source>Undone. Redo with Ctrl+Shift+Z.</source>
            <translation>Отменено. Повторить: Ctrl+Shift+Z.</translation>
        </message>
        <message>
            <source>Redone. Undo with Ctrl+Z.</source>
            <translation>Повторено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
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
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>Переводы</translation>
        </message>
        <message>
            <source>Some texts are not translated or may be out of date.</source>
            <translation>Некоторые тексты не переведены или их перевод, возможно, устарел.</translation>
        </message>
        <message>
            <source>“%s” has changes that are not saved. Save them before closing?</source>
            <translation>В «%s» есть несохранённые изменения. Сохранить их перед закрытием?</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
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
            <source>Add “%1”</source>
            <translation>Добавить «%1»</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Изменить «%1»</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>Удалить «%1»</translation>
        </message>
        <message>
            <source>Deleted “%1”. Undo with Ctrl+Z.</source>
            <translation>Удалено: «%1». Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Translate “%1” into %2</source>
            <translation>Перевести «%1» на язык: %2</translation>
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
            <source>Translation saved. Undo with Ctrl+Z.</source>
            <translation>Перевод сохранён. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Generate questions</source>
            <translation>Создать вопросы</translation>
        </message>
        <message>
            <source>Select one or more events first.</source>
            <translation>Сначала выберите одно или несколько событий.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n generated question(s) to module %1</source>
            <translation>
                <numerusform>Добавить %n созданный вопрос в модуль «%1»</numerusform>
                <numerusform>Добавить %n созданных вопроса в модуль «%1»</numerusform>
                <numerusform>Добавить %n созданных вопросов в модуль «%1»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s) to module %1. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>В модуль «%1» добавлен %n вопрос. Отменить: Ctrl+Z.</numerusform>
                <numerusform>В модуль «%1» добавлено %n вопроса. Отменить: Ctrl+Z.</numerusform>
                <numerusform>В модуль «%1» добавлено %n вопросов. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n generated question(s)</source>
            <translation>
                <numerusform>Добавить %n созданный вопрос</numerusform>
                <numerusform>Добавить %n созданных вопроса</numerusform>
                <numerusform>Добавить %n созданных вопросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Добавлен %n вопрос. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Добавлено %n вопроса. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Добавлено %n вопросов. Отменить: Ctrl+Z.</numerusform>
            </translation>
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
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Показать:</translation>
        </message>
        <message>
            <source>Show items</source>
            <translation>Какие элементы показать</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>Все элементы</translation>
        </message>
        <message>
            <source>Not yet translated into %s</source>
            <translation>Ещё не переведено: %s</translation>
        </message>
        <message>
            <source>Translation may be out of date: %s</source>
            <translation>Перевод, возможно, устарел: %s</translation>
        </message>
        <message>
            <source>Se&amp;arch:</source>
            <translation>П&amp;оиск:</translation>
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
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Teaching review</source>
            <translation>Педагогическая проверка</translation>
        </message>
        <message>
            <source>Teaching review (saving is still allowed):</source>
            <translation>Педагогическая проверка (сохранить всё равно можно):</translation>
        </message>
        <message>
            <source>Stop %1</source>
            <translation>Остановка %1</translation>
        </message>
        <message>
            <source>Stops, in order</source>
            <translation>Остановки по порядку</translation>
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up / Alt+Down, to move it; Delete removes it.</source>
            <translation>Перетащите остановку или нажмите Alt+Вверх / Alt+Вниз, чтобы переместить её; Delete удаляет её.</translation>
        </message>
        <message>
            <source>Add stop</source>
            <translation>Добавить остановку</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>Удалить остановку</translation>
        </message>
        <message>
            <source>%1 (no such item any more)</source>
            <translation>%1 (такого больше нет)</translation>
        </message>
        <message>
            <source>Filter by title or id</source>
            <translation>Отбор по названию или id</translation>
        </message>
        <message>
            <source>Type to filter by title or id</source>
            <translation>Печатайте, чтобы отобрать по названию или id</translation>
        </message>
        <message>
            <source>Items to choose: Enter chooses the highlighted one</source>
            <translation>Что можно выбрать: Enter выбирает выделенное</translation>
        </message>
        <message>
            <source>Items to choose: Space ticks or unticks</source>
            <translation>Что можно выбрать: пробел ставит или снимает отметку</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Отбор:</translation>
        </message>
        <message>
            <source>Where in the source (optional)</source>
            <translation>Место в источнике (необязательно)</translation>
        </message>
        <message>
            <source>¶8, a page</source>
            <translation>¶8, страница</translation>
        </message>
        <message>
            <source>&amp;Where in it:</source>
            <translation>&amp;Где в нём:</translation>
        </message>
        <message>
            <source>Choose &amp;none</source>
            <translation>&amp;Ничего не выбирать</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Enter chooses the highlighted one; Esc keeps what was chosen.</source>
            <translation>Enter выбирает выделенное; Esc оставляет прежний выбор.</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Выбрано: %1</translation>
        </message>
        <message>
            <source>Stop: %1</source>
            <translation>Остановка: %1</translation>
        </message>
        <message>
            <source>Move stop</source>
            <translation>Переместить остановку</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Language of the translation</source>
            <translation>Язык перевода</translation>
        </message>
        <message>
            <source>Save translation</source>
            <translation>Сохранить перевод</translation>
        </message>
        <message>
            <source>English: %s</source>
            <translation>По-английски: %s</translation>
        </message>
        <message>
            <source>⚠ May be out of date: the English changed since it was translated.</source>
            <translation>⚠ Возможно, устарел: английский текст изменился после перевода.</translation>
        </message>
        <message>
            <source>Not translated yet.</source>
            <translation>Ещё не переведено.</translation>
        </message>
        <message>
            <source>%s, translated</source>
            <translation>%s (перевод)</translation>
        </message>
        <message>
            <source>Save the item first to translate it.</source>
            <translation>Чтобы перевести элемент, сначала сохраните его.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of the content translated; %n text(s) missing.</source>
            <translation>
                <numerusform>Переведено %1 содержимого; без перевода %n текст.</numerusform>
                <numerusform>Переведено %1 содержимого; без перевода %n текста.</numerusform>
                <numerusform>Переведено %1 содержимого; без перевода %n текстов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) may be out of date.</source>
            <translation>
                <numerusform>%n текст, возможно, устарел.</numerusform>
                <numerusform>%n текста, возможно, устарели.</numerusform>
                <numerusform>%n текстов, возможно, устарели.</numerusform>
            </translation>
        </message>
        <message>
            <source>%s: write each pair as 'left = right'.</source>
            <translation>%s: записывайте каждую пару как «левое = правое».</translation>
        </message>
        <message>
            <source>%s: give every entry some text.</source>
            <translation>%s: в каждой строке должен быть текст.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entry(ies), but the English has %2; give them in the same order.</source>
            <translation>
                <numerusform>%1: %n строка, а в английском %2; дайте их в том же порядке.</numerusform>
                <numerusform>%1: %n строки, а в английском %2; дайте их в том же порядке.</numerusform>
                <numerusform>%1: %n строк, а в английском %2; дайте их в том же порядке.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Choose… (F4)</source>
            <translation>Выбрать… (F4)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>Clear (Delete)</source>
            <translation>Очистить (Delete)</translation>
        </message>
        <message>
            <source>None chosen: press F4 to choose</source>
            <translation>Ничего не выбрано: нажмите F4, чтобы выбрать</translation>
        </message>
        <message>
            <source>Choose: %1</source>
            <translation>Выбор: %1</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Выбор</translation>
        </message>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD: never more precise than the source.</source>
            <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД: не точнее, чем в источнике.</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Один ответ</translation>
        </message>
        <message>
            <source>Multiple select</source>
            <translation>Несколько ответов</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Верно или неверно</translation>
        </message>
        <message>
            <source>Put in order</source>
            <translation>Расставить по порядку</translation>
        </message>
        <message>
            <source>Match pairs</source>
            <translation>Сопоставить пары</translation>
        </message>
        <message>
            <source>Place on the timeline</source>
            <translation>Отметить на ленте времени</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>Краткий ответ</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>в обе стороны</translation>
        </message>
        <message>
            <source>A acts on B</source>
            <translation>A действует на B</translation>
        </message>
        <message>
            <source>B acts on A</source>
            <translation>B действует на A</translation>
        </message>
        <message>
            <source>Recall a fact</source>
            <translation>Вспомнить факт</translation>
        </message>
        <message>
            <source>Reasoning: why, what follows</source>
            <translation>Рассуждение: почему и что из этого следует</translation>
        </message>
        <message>
            <source>Perspective: how a capital sees it</source>
            <translation>Взгляд: как это видит столица</translation>
        </message>
        <message>
            <source>Sources: the article against the evidence</source>
            <translation>Источники: статья против фактов</translation>
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
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>A stable id: lowercase letters, digits and '-'. It cannot change once saved.</source>
            <translation>Постоянный идентификатор: строчные латинские буквы, цифры и «-». После сохранения не меняется.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>empty: a point in time / still holds</source>
            <translation>пусто: момент времени / действует до сих пор</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>1 minor … 5 landmark</source>
            <translation>1 — мелкое … 5 — веха</translation>
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
            <source>Article ¶</source>
            <translation>Абзац статьи ¶</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Краткое описание</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Former name</source>
            <translation>Прежнее название</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Переименование</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Сокращение</translation>
        </message>
        <message>
            <source>2–3 letters</source>
            <translation>2–3 буквы</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Lane order</source>
            <translation>Порядок дорожки</translation>
        </message>
        <message>
            <source>Actor A</source>
            <translation>Участник A</translation>
        </message>
        <message>
            <source>Actor B</source>
            <translation>Участник B</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Подпись</translation>
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
            <source>Opened by</source>
            <translation>Открыто событием</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Закрыто событием</translation>
        </message>
        <message>
            <source>What the article says</source>
            <translation>Что говорится в статье</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Where public reporting differs or adds to it</source>
            <translation>Где открытые сообщения расходятся со статьёй или дополняют её</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Address (URL)</source>
            <translation>Адрес (URL)</translation>
        </message>
        <message>
            <source>Syndicated copy</source>
            <translation>Перепечатка</translation>
        </message>
        <message>
            <source>A copy through an aggregator</source>
            <translation>Копия через агрегатор</translation>
        </message>
        <message>
            <source>Tick when this page copies another outlet's report (prefer the original)</source>
            <translation>Отметьте, если страница копирует сообщение другого издания (лучше дать оригинал)</translation>
        </message>
        <message>
            <source>Original outlet</source>
            <translation>Первоисточник</translation>
        </message>
        <message>
            <source>Who first published it (for a copy)</source>
            <translation>Кто опубликовал первым (для копии)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <source>Tick every correct option</source>
            <translation>Отметьте все верные варианты</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>true/false, a year, or a partial date</source>
            <translation>true/false, год или неполная дата</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Допуск</translation>
        </message>
        <message>
            <source>years or months for full credit</source>
            <translation>лет или месяцев для полного балла</translation>
        </message>
        <message>
            <source>Events in order</source>
            <translation>События по порядку</translation>
        </message>
        <message>
            <source>The events, earliest first: F4 chooses, Alt+Up and Alt+Down there move one</source>
            <translation>События, начиная с самого раннего: F4 — выбрать, Alt+Вверх и Alt+Вниз в списке — переместить</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Пары</translation>
        </message>
        <message>
            <source>One 'left = right' per line</source>
            <translation>По одной паре «слева = справа» на строку</translation>
        </message>
        <message>
            <source>Accepted answers</source>
            <translation>Принимаемые ответы</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>По одному на строку</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Объяснение</translation>
        </message>
        <message>
            <source>Shown after answering</source>
            <translation>Показывается после ответа</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <source>In modules</source>
            <translation>В модулях</translation>
        </message>
        <message>
            <source>The modules (lessons) this question is part of; saved with the question, one undo step</source>
            <translation>Модули (уроки), в которые входит этот вопрос; сохраняются вместе с вопросом, отменяются одним шагом</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Порядок</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>The questions in lesson order: F4 chooses, Alt+Up and Alt+Down there move one</source>
            <translation>Вопросы в порядке урока: F4 — выбрать, Alt+Вверх и Alt+Вниз в списке — переместить</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>Остановки</translation>
        </message>
        <message>
            <source>The stops in order; each drives the timeline and the map</source>
            <translation>Остановки по порядку; каждая управляет шкалой времени и картой</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>Эпохи</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>Отношения</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Модули</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>Рассказы</translation>
        </message>
        <message>
            <source>There is no actor “%1” (any more): press F4 to choose another.</source>
            <translation>Участника «%1» нет (больше нет): нажмите F4 и выберите другого.</translation>
        </message>
        <message>
            <source>There is no theme “%1” (any more): press F4 to choose another.</source>
            <translation>Темы «%1» нет (больше нет): нажмите F4 и выберите другую.</translation>
        </message>
        <message>
            <source>There is no event “%1” (any more): press F4 to choose another.</source>
            <translation>События «%1» нет (больше нет): нажмите F4 и выберите другое.</translation>
        </message>
        <message>
            <source>There is no claim “%1” (any more): press F4 to choose another.</source>
            <translation>Утверждения «%1» нет (больше нет): нажмите F4 и выберите другое.</translation>
        </message>
        <message>
            <source>There is no source “%1” (any more): press F4 to choose another.</source>
            <translation>Источника «%1» нет (больше нет): нажмите F4 и выберите другой.</translation>
        </message>
        <message>
            <source>There is no relation “%1” (any more): press F4 to choose another.</source>
            <translation>Отношения «%1» нет (больше нет): нажмите F4 и выберите другое.</translation>
        </message>
        <message>
            <source>There is no question “%1” (any more): press F4 to choose another.</source>
            <translation>Вопроса «%1» нет (больше нет): нажмите F4 и выберите другой.</translation>
        </message>
        <message>
            <source>There is no module “%1” (any more): press F4 to choose another.</source>
            <translation>Модуля «%1» нет (больше нет): нажмите F4 и выберите другой.</translation>
        </message>
        <message>
            <source>The sources, in order, each with where in it (¶8, a page) if you like. F4 chooses.</source>
            <translation>Источники по порядку, при желании с местом в них (¶8, страница). F4 — выбрать.</translation>
        </message>
        <message>
            <source>F4, Enter or Alt+Down opens a list to choose from; type there to filter by title or id.</source>
            <translation>F4, Enter или Alt+Вниз открывают список для выбора; там можно печатать, чтобы отобрать по названию или id.</translation>
        </message>
        <message>
            <source>F4, Enter or Alt+Down opens a list: type to filter by title or id, Enter chooses one.</source>
            <translation>F4, Enter или Alt+Вниз открывают список: печатайте, чтобы отобрать по названию или id; Enter выбирает.</translation>
        </message>
        <message>
            <source>Optional. F4, Enter or Alt+Down opens a list: type to filter, Enter chooses one; Delete leaves it empty.</source>
            <translation>Необязательно. F4, Enter или Alt+Вниз открывают список: печатайте для отбора, Enter выбирает; Delete оставляет пустым.</translation>
        </message>
        <message>
            <source>Stop id</source>
            <translation>Id остановки</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>Глава</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Timeline span</source>
            <translation>Отрезок шкалы времени</translation>
        </message>
        <message>
            <source>Map date</source>
            <translation>Дата карты</translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Сравнить с</translation>
        </message>
        <message>
            <source>Check question</source>
            <translation>Проверочный вопрос</translation>
        </message>
        <message>
            <source>Discussion prompt</source>
            <translation>Вопрос для обсуждения</translation>
        </message>
        <message>
            <source>Start and end of the timeline's view, e.g. 2023-09, 2024-12; every event must fall inside it.</source>
            <translation>Начало и конец видимой части шкалы, например 2023-09, 2024-12; каждое событие должно попадать в этот отрезок.</translation>
        </message>
        <message>
            <source>The relationship map's date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
            <translation>Дата карты отношений (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).</translation>
        </message>
        <message>
            <source>Optional: the map compares this date with the map date.</source>
            <translation>Необязательно: карта сравнивает эту дату с датой карты.</translation>
        </message>
        <message>
            <source>Paragraph numbers of the article, comma-separated; empty for a background stop.</source>
            <translation>Номера абзацев статьи через запятую; для фоновой остановки оставьте пустым.</translation>
        </message>
        <message>
            <source>(new stop)</source>
            <translation>(новая остановка)</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Отзыв</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Read-only: {0} cannot be written here, so answers and edits are not saved. Ask for write access to keep them.</source>
            <translation>Только чтение: в {0} нельзя записывать, поэтому ответы и правки не сохраняются. Чтобы их сохранять, попросите права на запись.</translation>
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
        <name>CheckQuestion</name>
        <message>
            <source>Check your understanding</source>
            <translation>Проверьте себя</translation>
        </message>
        <message>
            <source>Choose your name in the Quiz to keep this answer with your results.</source>
            <translation>Выберите своё имя в разделе «Тест», чтобы этот ответ сохранился в ваших результатах.</translation>
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
            <source>right answer</source>
            <translation>верный ответ</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>ваш выбор</translation>
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
        <message numerus="yes">
            <source>%n pair(s) gained a relation</source>
            <translation>
                <numerusform>у %n пары появились отношения</numerusform>
                <numerusform>у %n пар появились отношения</numerusform>
                <numerusform>у %n пар появились отношения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lost all</source>
            <translation>
                <numerusform>%n потеряла все</numerusform>
                <numerusform>%n потеряли все</numerusform>
                <numerusform>%n потеряли все</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed kind</source>
            <translation>
                <numerusform>у %n сменился вид</numerusform>
                <numerusform>у %n сменился вид</numerusform>
                <numerusform>у %n сменился вид</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stayed the same</source>
            <translation>
                <numerusform>%n осталась прежней</numerusform>
                <numerusform>%n остались прежними</numerusform>
                <numerusform>%n остались прежними</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1 to %2: %3.</source>
            <translation>С %1 по %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>Save the table of the page shown as a CSV file for a spreadsheet</source>
            <translation>Сохранить таблицу текущей страницы в файл CSV для электронной таблицы</translation>
        </message>
        <message>
            <source>Read the results again</source>
            <translation>Перечитать результаты</translation>
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
            <source>E&amp;xport CSV…</source>
            <translation>&amp;Экспорт в CSV…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>&amp;Students</source>
            <translation>&amp;Ученики</translation>
        </message>
        <message>
            <source>Q&amp;uestions</source>
            <translation>&amp;Вопросы</translation>
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
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n ответ</numerusform>
                <numerusform>%n ответа</numerusform>
                <numerusform>%n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>отвечен %n вопрос</numerusform>
                <numerusform>отвечено %n вопроса</numerusform>
                <numerusform>отвечено %n вопросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n row(s) to %1</source>
            <translation>
                <numerusform>Сохранена %n строка в %1</numerusform>
                <numerusform>Сохранено %n строки в %1</numerusform>
                <numerusform>Сохранено %n строк в %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n ученик</numerusform>
                <numerusform>%n ученика</numerusform>
                <numerusform>%n учеников</numerusform>
            </translation>
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
            <source>Now showing %1, also selected on the timeline.</source>
            <translation>Показано: %1; событие выбрано и на ленте времени.</translation>
        </message>
        <message>
            <source>Why is Beijing caught between allies as Moscow and Pyongyang draw close? Click any mark on the timeline, or open one of these turning points:</source>
            <translation>Почему Пекин оказался между союзниками, когда Москва и Пхеньян сближаются? Щёлкните любую отметку на ленте времени или откройте один из этих поворотных моментов:</translation>
        </message>
        <message>
            <source>Drag the red line on the timeline, or the date slider, to see how the relations stood at that moment.</source>
            <translation>Перетащите красную линию на ленте времени или ползунок даты, чтобы увидеть отношения на тот момент.</translation>
        </message>
        <message>
            <source>Or follow the story: the article's argument, stop by stop</source>
            <translation>Или пройдите рассказ: аргументы статьи, этап за этапом</translation>
        </message>
        <message>
            <source>Then test yourself in the Quiz</source>
            <translation>Затем проверьте себя в тесте</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>С чего начать</translation>
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
        <name>EventLanesItem</name>
        <message numerus="yes">
            <source>%n more event(s) here: click to zoom in</source>
            <translation>
                <numerusform>Здесь ещё %n событие: щёлкните, чтобы приблизить</numerusform>
                <numerusform>Здесь ещё %n события: щёлкните, чтобы приблизить</numerusform>
                <numerusform>Здесь ещё %n событий: щёлкните, чтобы приблизить</numerusform>
            </translation>
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
        <name>ExportDialog</name>
        <message>
            <source>Export content pack</source>
            <translation>Экспорт пакета содержания</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>Экспорт вопросов</translation>
        </message>
        <message>
            <source>Print worksheet, answer key or timeline handout</source>
            <translation>Печать рабочего листа, ключа ответов или раздаточной ленты времени</translation>
        </message>
        <message>
            <source>Export class results</source>
            <translation>Экспорт результатов класса</translation>
        </message>
        <message>
            <source>Enter teacher mode (Teacher menu) to use this.</source>
            <translation>Чтобы воспользоваться этим, войдите в режим учителя (меню «Учитель»).</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Модуль</translation>
        </message>
        <message>
            <source>All modules</source>
            <translation>Все модули</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>&amp;Модуль:</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>С года</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>По год</translation>
        </message>
        <message>
            <source>&amp;From year:</source>
            <translation>&amp;С года:</translation>
        </message>
        <message>
            <source>&amp;To year:</source>
            <translation>&amp;По год:</translation>
        </message>
        <message>
            <source>Language of the questions and the printed words</source>
            <translation>Язык вопросов и печатного текста</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Pack title</source>
            <translation>Название пакета</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Автор:</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Сохранить как…</translation>
        </message>
        <message>
            <source>This export contains every right answer: enter teacher mode (Teacher menu) to save it.</source>
            <translation>В этом экспорте есть все правильные ответы: чтобы сохранить его, войдите в режим учителя (меню «Учитель»).</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт не удался</translation>
        </message>
        <message>
            <source>Nothing was written.

%s</source>
            <translation>Ничего не записано.

%s</translation>
        </message>
        <message>
            <source>Saved %s: %s.</source>
            <translation>Сохранено %s: %s.</translation>
        </message>
        <message>
            <source>Saved %s.</source>
            <translation>Сохранено: %s.</translation>
        </message>
        <message>
            <source>Skipped (no equivalent in this format): %s.</source>
            <translation>Пропущено (в этом формате нет соответствия): %s.</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n попытка</numerusform>
                <numerusform>%n попытки</numerusform>
                <numerusform>%n попыток</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n утверждение</numerusform>
                <numerusform>%n утверждения</numerusform>
                <numerusform>%n утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n вопрос</numerusform>
                <numerusform>%n вопроса</numerusform>
                <numerusform>%n вопросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n страница</numerusform>
                <numerusform>%n страницы</numerusform>
                <numerusform>%n страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n событие</numerusform>
                <numerusform>%n события</numerusform>
                <numerusform>%n событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n era(s)</source>
            <translation>
                <numerusform>%n эпоха</numerusform>
                <numerusform>%n эпохи</numerusform>
                <numerusform>%n эпох</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s)</source>
            <translation>
                <numerusform>%n остановка</numerusform>
                <numerusform>%n остановки</numerusform>
                <numerusform>%n остановок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s)</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>%n тема</numerusform>
                <numerusform>%n темы</numerusform>
                <numerusform>%n тем</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n источник</numerusform>
                <numerusform>%n источника</numerusform>
                <numerusform>%n источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relation(s)</source>
            <translation>
                <numerusform>%n отношение</numerusform>
                <numerusform>%n отношения</numerusform>
                <numerusform>%n отношений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n утверждение статьи</numerusform>
                <numerusform>%n утверждения статьи</numerusform>
                <numerusform>%n утверждений статьи</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n модуль</numerusform>
                <numerusform>%n модуля</numerusform>
                <numerusform>%n модулей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story(ies)</source>
            <translation>
                <numerusform>%n рассказ</numerusform>
                <numerusform>%n рассказа</numerusform>
                <numerusform>%n рассказов</numerusform>
            </translation>
        </message>
        <message>
            <source>Content pack (all content, or one module and what it needs)</source>
            <translation>Пакет содержания (всё содержание или один модуль и всё, что ему нужно)</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>Пакеты содержания (*.zip)</translation>
        </message>
        <message>
            <source>GIFT text (Moodle and many other tools)</source>
            <translation>Текст GIFT (Moodle и многие другие системы)</translation>
        </message>
        <message>
            <source>GIFT files (*.gift *.txt)</source>
            <translation>Файлы GIFT (*.gift *.txt)</translation>
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
            <translation>Рабочий лист для учеников</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Answer key (teachers only)</source>
            <translation>Ключ ответов (только для учителя)</translation>
        </message>
        <message>
            <source>Timeline handout of a period</source>
            <translation>Раздаточная лента времени за период</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV), one row per answer</source>
            <translation>Таблица (CSV), по строке на ответ</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>xAPI statements (JSON), pseudonymous</source>
            <translation>Утверждения xAPI (JSON), под псевдонимами</translation>
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
            <translation>Разбор: ответ, объяснение и источники</translation>
        </message>
        <message>
            <source>Show on time&amp;line</source>
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
            <source>Fi&amp;nish</source>
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
        <name>FeedbackText</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n месяц</numerusform>
                <numerusform>%n месяца</numerusform>
                <numerusform>%n месяцев</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n год</numerusform>
                <numerusform>%n года</numerusform>
                <numerusform>%n лет</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a distance: years, then months</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Right.</source>
            <translation>Правильно.</translation>
        </message>
        <message>
            <source>You chose “%1”.</source>
            <translation>Вы выбрали «%1».</translation>
        </message>
        <message>
            <source>Right: you picked every correct option and nothing else.</source>
            <translation>Правильно: вы выбрали все верные варианты и ничего лишнего.</translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %n correct option(s).</source>
            <translation>
                <numerusform>Вы выбрали %1 из %n верного варианта.</numerusform>
                <numerusform>Вы выбрали %1 из %n верных вариантов.</numerusform>
                <numerusform>Вы выбрали %1 из %n верных вариантов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %2 correct options and %n wrong one(s).</source>
            <translation>
                <numerusform>Верных вариантов выбрано: %1 из %2; кроме того, выбран %n неверный вариант.</numerusform>
                <numerusform>Верных вариантов выбрано: %1 из %2; кроме того, выбрано %n неверных варианта.</numerusform>
                <numerusform>Верных вариантов выбрано: %1 из %2; кроме того, выбрано %n неверных вариантов.</numerusform>
            </translation>
        </message>
        <message>
            <source>You answered “%1”.</source>
            <translation>Ваш ответ: «%1».</translation>
        </message>
        <message>
            <source>Right: every event is in its place.</source>
            <translation>Правильно: все события на своих местах.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) of events are in the right order.</source>
            <translation>
                <numerusform>В верном порядке: %1 из %n пары событий.</numerusform>
                <numerusform>В верном порядке: %1 из %n пар событий.</numerusform>
                <numerusform>В верном порядке: %1 из %n пар событий.</numerusform>
            </translation>
        </message>
        <message>
            <source>Right: every pair matches.</source>
            <translation>Правильно: все пары составлены верно.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) match.</source>
            <translation>
                <numerusform>Верно составлено пар: %1 из %n.</numerusform>
                <numerusform>Верно составлено пар: %1 из %n.</numerusform>
                <numerusform>Верно составлено пар: %1 из %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Right on: %1.</source>
            <translation>Точно в цель: %1</translation>
        </message>
        <message>
            <source>%1 is %2 off, close enough.</source>
            <translation>Вы указали %1: ошибка на %2, но это достаточно близко.</translation>
        </message>
        <message>
            <source>%1 is %2 too late.</source>
            <translation>Вы указали %1: это на %2 позже, чем нужно.</translation>
        </message>
        <message>
            <source>%1 is %2 too early.</source>
            <translation>Вы указали %1: это на %2 раньше, чем нужно.</translation>
        </message>
        <message>
            <source>No answer given.</source>
            <translation>Ответ не дан.</translation>
        </message>
        <message>
            <source>“%1” is not what we were looking for.</source>
            <translation>«%1» — это не тот ответ, который мы ждали.</translation>
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
            <source>; </source>
            <comment>between the right options</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>%1 (± %2)</source>
            <comment>a year and how far off still counts</comment>
            <translation>%1 (± %2)</translation>
        </message>
    </context>
    <context>
        <name>GenerateQuestionsDialog</name>
        <message>
            <source>Review generated questions</source>
            <translation>Проверка созданных вопросов</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) made</source>
            <translation>
                <numerusform>Создан %n вопрос</numerusform>
                <numerusform>Создано %n вопроса</numerusform>
                <numerusform>Создано %n вопросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 from %n event(s). Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</source>
            <translation>
                <numerusform>%1 по %n событию. Снимите отметку с лишних; выберите вопрос, чтобы изменить его. Ничего не сохраняется, пока вы не нажмёте «Добавить в модуль».</numerusform>
                <numerusform>%1 по %n событиям. Снимите отметку с лишних; выберите вопрос, чтобы изменить его. Ничего не сохраняется, пока вы не нажмёте «Добавить в модуль».</numerusform>
                <numerusform>%1 по %n событиям. Снимите отметку с лишних; выберите вопрос, чтобы изменить его. Ничего не сохраняется, пока вы не нажмёте «Добавить в модуль».</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated questions: ticked ones will be added</source>
            <translation>Созданные вопросы: отмеченные будут добавлены</translation>
        </message>
        <message>
            <source> (already in the question bank: keeping it updates it)</source>
            <translation> (уже есть в банке вопросов: если оставить, он обновится)</translation>
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
            <source>[update] </source>
            <translation>[обновление] </translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Import content or questions</source>
            <translation>Импорт содержания или вопросов</translation>
        </message>
        <message>
            <source>Choose a content pack (.zip), a GIFT file (.gift, .txt) or a Moodle XML file (.xml). You will see what changes before anything is written.</source>
            <translation>Выберите пакет содержания (.zip), файл GIFT (.gift, .txt) или файл Moodle XML (.xml). Прежде чем что-либо записать, вы увидите, что изменится.</translation>
        </message>
        <message>
            <source>What the import would change</source>
            <translation>Что изменит импорт</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Обновлено</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Без изменений</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Ход импорта</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Остановить</translation>
        </message>
        <message>
            <source>Stop reading or importing: nothing is changed</source>
            <translation>Остановить чтение или импорт: ничего не изменится</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Выбрать файл…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Trilemma packs, GIFT, Moodle XML (*.zip *.trilemma *.gift *.txt *.xml);;All files (*)</source>
            <translation>Пакеты Trilemma, GIFT, Moodle XML (*.zip *.trilemma *.gift *.txt *.xml);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>Чтение %s…</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed.</source>
            <translation>Остановлено. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Чтение файла…</translation>
        </message>
        <message>
            <source>Opening the pack…</source>
            <translation>Открытие пакета…</translation>
        </message>
        <message>
            <source>Reading the file: %1 of %2</source>
            <translation>Чтение файла: %1 из %2</translation>
        </message>
        <message>
            <source>Checking: %1 of %2</source>
            <translation>Проверка: %1 из %2</translation>
        </message>
        <message>
            <source>Comparing with this class: %1 of %2</source>
            <translation>Сравнение с данными класса: %1 из %2</translation>
        </message>
        <message>
            <source>Saving: %1 of %2</source>
            <translation>Сохранение: %1 из %2</translation>
        </message>
        <message>
            <source>Working: %1 of %2</source>
            <translation>Обработка: %1 из %2</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <source>%s — this is what importing it would change:</source>
            <translation>%s — вот что изменит его импорт:</translation>
        </message>
        <message>
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>обновлено</translation>
        </message>
        <message numerus="yes">
            <source>%s: … and %n more</source>
            <translation>
                <numerusform>%s: … и ещё %n</numerusform>
                <numerusform>%s: … и ещё %n</numerusform>
                <numerusform>%s: … и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything in this file is already here: nothing would change.</source>
            <translation>Всё из этого файла уже есть: ничего не изменится.</translation>
        </message>
        <message>
            <source>Questions in the file: %d will import, %d skipped</source>
            <translation>Вопросы в файле: будет импортировано %d, пропущено %d</translation>
        </message>
        <message>
            <source>skipped: %s: %s</source>
            <translation>пропущено: %s: %s</translation>
        </message>
        <message>
            <source>will import: %s (%s)</source>
            <translation>будет импортирован: %s (%s)</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more will import</source>
            <translation>
                <numerusform>… и ещё %n будет импортирован</numerusform>
                <numerusform>… и ещё %n будут импортированы</numerusform>
                <numerusform>… и ещё %n будут импортированы</numerusform>
            </translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing was changed.</source>
            <translation>Этот файл нельзя импортировать. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Import refused</source>
            <translation>Импорт отклонён</translation>
        </message>
        <message>
            <source>Nothing was changed.

%s</source>
            <translation>Ничего не изменено.

%s</translation>
        </message>
        <message>
            <source>One item was added or updated. Students' progress was kept.</source>
            <translation>Добавлен или обновлён 1 элемент. Успехи учеников сохранены.</translation>
        </message>
        <message numerus="yes">
            <source>%n items were added or updated. Students' progress was kept.</source>
            <translation>
                <numerusform>Добавлен или обновлён %n элемент. Успехи учеников сохранены.</numerusform>
                <numerusform>Добавлено или обновлено %n элемента. Успехи учеников сохранены.</numerusform>
                <numerusform>Добавлено или обновлено %n элементов. Успехи учеников сохранены.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Импорт выполнен</translation>
        </message>
    </context>
    <context>
        <name>InterchangeMenu</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Export content &amp;pack…</source>
            <translation>Экспорт &amp;пакета содержания…</translation>
        </message>
        <message>
            <source>Export &amp;questions (GIFT / Moodle XML)…</source>
            <translation>Экспорт &amp;вопросов (GIFT / Moodle XML)…</translation>
        </message>
        <message>
            <source>&amp;Print worksheet / answer key / timeline handout (PDF)…</source>
            <translation>&amp;Печать листа / ключа / ленты времени (PDF)…</translation>
        </message>
        <message>
            <source>Export class &amp;results (CSV / xAPI)…</source>
            <translation>Экспорт &amp;результатов класса (CSV / xAPI)…</translation>
        </message>
        <message>
            <source>Record &amp;store (xAPI)…</source>
            <translation>&amp;Хранилище записей (xAPI)…</translation>
        </message>
        <message>
            <source>Teacher mode only (Teacher menu)</source>
            <translation>Только в режиме учителя (меню «Учитель»)</translation>
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
            <source>&amp;Getting started</source>
            <translation>&amp;С чего начать</translation>
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
            <source>&lt;h3&gt;For students&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open the &lt;b&gt;Quiz&lt;/b&gt; (Ctrl+2) and pick your name, or add it (no password).&lt;/li&gt;&lt;li&gt;Choose a module and press Enter. Keys 1–9 choose an answer, Enter checks it and Enter again goes on. Tick &lt;b&gt;I'm not sure&lt;/b&gt; when you guess.&lt;/li&gt;&lt;li&gt;At the end, &lt;b&gt;Try the questions you missed again&lt;/b&gt; asks them at once; &lt;b&gt;Review due&lt;/b&gt; brings them back on later days.&lt;/li&gt;&lt;li&gt;Explore the timeline (Ctrl+1) and the relationship map (Ctrl+3); &lt;b&gt;Show on timeline&lt;/b&gt; in the feedback takes you to the event.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h3&gt;Ученикам&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Откройте &lt;b&gt;Тест&lt;/b&gt; (Ctrl+2) и выберите своё имя или добавьте его (без пароля).&lt;/li&gt;&lt;li&gt;Выберите модуль и нажмите Enter. Клавиши 1–9 выбирают ответ, Enter проверяет его, ещё один Enter — дальше. Если угадываете, отметьте &lt;b&gt;Я не уверен(а)&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;В конце кнопка &lt;b&gt;Повторить пропущенные&lt;/b&gt; сразу задаёт их снова, а &lt;b&gt;Повторить&lt;/b&gt; возвращает их в следующие дни.&lt;/li&gt;&lt;li&gt;Изучайте ленту времени (Ctrl+1) и карту отношений (Ctrl+3); &lt;b&gt;Показать на ленте&lt;/b&gt; в отзыве ведёт к событию.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Mastered&lt;/b&gt;: for each question of a module, the score of your latest answer (a partly right answer counts in part), averaged over the module. An answer in a &lt;b&gt;Try again&lt;/b&gt; round just after seeing the answer does not count: get it right in a later review.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Освоено&lt;/b&gt;: для каждого вопроса модуля берётся балл за последний ответ (частично верный ответ засчитывается частично), затем среднее по модулю. Ответ в раунде &lt;b&gt;Ещё раз&lt;/b&gt; сразу после того, как вы увидели правильный ответ, не засчитывается: ответьте верно при следующем повторении.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Text size&lt;/b&gt;: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal. Every key is in Help ▸ Keyboard shortcuts.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Размер текста&lt;/b&gt;: Ctrl+= крупнее, Ctrl+- мельче, Ctrl+0 обычный. Все клавиши — в меню Справка ▸ Сочетания клавиш.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;For teachers&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Teacher ▸ Enter teacher mode… (Ctrl+Shift+T); the first time, choose a PIN.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Editor&lt;/b&gt; (Ctrl+E): change events, questions and modules; Ctrl+Z undoes a step and Ctrl+Shift+Z redoes it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Class results&lt;/b&gt; (Ctrl+R): module averages, the hardest questions and students per mastery band, to project; Export CSV for a spreadsheet.&lt;/li&gt;&lt;li&gt;File ▸ Export: questions for Moodle (GIFT or Moodle XML), worksheets and answer keys as PDF, and content packs for other computers.&lt;/li&gt;&lt;li&gt;Leave teacher mode before the students use the computer.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h3&gt;Учителям&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Учитель ▸ Войти в режим учителя… (Ctrl+Shift+T); в первый раз задайте PIN-код.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Редактор&lt;/b&gt; (Ctrl+E): меняйте события, вопросы и модули; Ctrl+Z отменяет шаг, Ctrl+Shift+Z повторяет его.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Результаты класса&lt;/b&gt; (Ctrl+R): средние по модулям, самые трудные вопросы и число учеников по уровням освоения — для показа на экране; экспорт в CSV для таблиц.&lt;/li&gt;&lt;li&gt;Файл ▸ Экспорт: вопросы для Moodle (GIFT или Moodle XML), рабочие листы и ключи ответов в PDF, пакеты содержимого для других компьютеров.&lt;/li&gt;&lt;li&gt;Выйдите из режима учителя, прежде чем за компьютер сядут ученики.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>С чего начать</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>On the timeline</source>
            <translation>На ленте времени</translation>
        </message>
    </context>
    <context>
        <name>MatchInput</name>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
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
            <source>My pro&amp;gress</source>
            <translation>Мои у&amp;спехи</translation>
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
            <source>Resume “Try again: %1” at question %2 of %3</source>
            <translation>Продолжить «Ещё раз: %1» с вопроса %2 из %3</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Здравствуйте, %1</translation>
        </message>
        <message>
            <source>&amp;Review due (%1)</source>
            <translation>&amp;Повторить (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Review due: %n question(s)</source>
            <translation>
                <numerusform>К повторению: %n вопрос</numerusform>
                <numerusform>К повторению: %n вопроса</numerusform>
                <numerusform>К повторению: %n вопросов</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>Resume at question %1 of %n</source>
            <translation>
                <numerusform>Продолжить с вопроса %1 из %n</numerusform>
                <numerusform>Продолжить с вопроса %1 из %n</numerusform>
                <numerusform>Продолжить с вопроса %1 из %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>отвечено %1 из %n</numerusform>
                <numerusform>отвечено %1 из %n</numerusform>
                <numerusform>отвечено %1 из %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n вопрос</numerusform>
                <numerusform>%n вопроса</numerusform>
                <numerusform>%n вопросов</numerusform>
            </translation>
        </message>
        <message>
            <source>%p % mastered</source>
            <translation>освоено %p %</translation>
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
        <name>PresentWindow</name>
        <message>
            <source>Present: %1</source>
            <translation>Показ: %1</translation>
        </message>
        <message>
            <source>The story, presented</source>
            <translation>Рассказ в режиме показа</translation>
        </message>
        <message>
            <source>→ or Space: next stop   ← : previous   Esc: leave</source>
            <translation>→ или Пробел: следующая остановка   ←: предыдущая   Esc: выйти</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation>Проверка: %1</translation>
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
            <source>&amp;New student:</source>
            <translation>&amp;Новый ученик:</translation>
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
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n ответ</numerusform>
                <numerusform>%n ответа</numerusform>
                <numerusform>%n ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fully right</source>
            <translation>
                <numerusform>%n полностью верный</numerusform>
                <numerusform>%n полностью верных</numerusform>
                <numerusform>%n полностью верных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different question(s)</source>
            <translation>
                <numerusform>%n вопрос</numerusform>
                <numerusform>%n разных вопроса</numerusform>
                <numerusform>%n разных вопросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) behind questions you got wrong (click to see one on the timeline):</source>
            <translation>
                <numerusform>%n событие за вопросами с ошибками (щёлкните, чтобы увидеть на ленте времени):</numerusform>
                <numerusform>%n события за вопросами с ошибками (щёлкните, чтобы увидеть на ленте времени):</numerusform>
                <numerusform>%n событий за вопросами с ошибками (щёлкните, чтобы увидеть на ленте времени):</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the q&amp;uiz</source>
            <translation>Назад к т&amp;есту</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:14pt'&gt;Nobody has picked a name yet.&lt;/p&gt;&lt;p&gt;Pick your name in the &lt;b&gt;Quiz&lt;/b&gt; tab; your scores, your progress over time and the events to look at again will appear here.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:14pt'&gt;Пока никто не выбрал имя.&lt;/p&gt;&lt;p&gt;Выберите своё имя на вкладке &lt;b&gt;Тест&lt;/b&gt;; здесь появятся ваши баллы, успехи во времени и события, к которым стоит вернуться.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>%1's progress</source>
            <translation>Успехи: %1</translation>
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
            <source>Place the marker in the year it happened: any month of that year gets full credit.</source>
            <translation>Поставьте отметку на год события: любой месяц этого года получает полный балл.</translation>
        </message>
        <message>
            <source>Place the marker on the month it happened: only the right month gets full credit.</source>
            <translation>Поставьте отметку на месяц события: полный балл только за верный месяц.</translation>
        </message>
        <message numerus="yes">
            <source>Place the marker on the year and month it happened: full credit within %n month(s).</source>
            <translation>
                <numerusform>Поставьте отметку на год и месяц события: полный балл при ошибке до %n месяца</numerusform>
                <numerusform>Поставьте отметку на год и месяц события: полный балл при ошибке до %n месяцев</numerusform>
                <numerusform>Поставьте отметку на год и месяц события: полный балл при ошибке до %n месяцев</numerusform>
            </translation>
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
        <name>RecordStoreDialog</name>
        <message>
            <source>Learning record store (xAPI)</source>
            <translation>Хранилище учебных записей (xAPI)</translation>
        </message>
        <message>
            <source>Answers can be sent to your school's learning record store as xAPI statements, under each student's pseudonym (never the name). Leave the address empty and Trilemma sends nothing anywhere.</source>
            <translation>Ответы можно отправлять в школьное хранилище учебных записей в виде утверждений xAPI под псевдонимом ученика (никогда не под именем). Оставьте адрес пустым, и Trilemma ничего никуда не отправит.</translation>
        </message>
        <message>
            <source>Record store address</source>
            <translation>Адрес хранилища</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Секрет</translation>
        </message>
        <message>
            <source>School home page</source>
            <translation>Сайт школы</translation>
        </message>
        <message>
            <source>Activity address</source>
            <translation>Адрес активности</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Ключ:</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Секрет:</translation>
        </message>
        <message>
            <source>School &amp;home page:</source>
            <translation>&amp;Сайт школы:</translation>
        </message>
        <message>
            <source>A&amp;ctivity address:</source>
            <translation>Адрес а&amp;ктивности:</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>&amp;Отправить сейчас</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Настройки не сохранены</translation>
        </message>
        <message>
            <source>Nothing was saved.

%s</source>
            <translation>Ничего не сохранено.

%s</translation>
        </message>
        <message>
            <source>Not sent: %s. The statements are kept and will be tried again.
%s</source>
            <translation>Не отправлено: %s. Утверждения сохранены, попытка будет повторена.
%s</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statement(s).</source>
            <translation>
                <numerusform>Отправлено %n утверждение.</numerusform>
                <numerusform>Отправлено %n утверждения.</numerusform>
                <numerusform>Отправлено %n утверждений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting. Last problem: %1.</source>
            <translation>
                <numerusform>%n утверждение ожидает отправки. Последняя ошибка: %1.</numerusform>
                <numerusform>%n утверждения ожидают отправки. Последняя ошибка: %1.</numerusform>
                <numerusform>%n утверждений ожидают отправки. Последняя ошибка: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting to be sent; %1 delivered.</source>
            <translation>
                <numerusform>Ожидает отправки: %n; доставлено: %1.</numerusform>
                <numerusform>Ожидают отправки: %n; доставлено: %1.</numerusform>
                <numerusform>Ожидают отправки: %n; доставлено: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send yet: statements are recorded as students answer.</source>
            <translation>Пока нечего отправлять: утверждения записываются, когда ученики отвечают.</translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered (last at %1).</source>
            <translation>
                <numerusform>%n утверждение доставлено (последнее — %1).</numerusform>
                <numerusform>Все %n утверждения доставлены (последнее — %1).</numerusform>
                <numerusform>Все %n утверждений доставлены (последнее — %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered.</source>
            <translation>
                <numerusform>%n утверждение доставлено.</numerusform>
                <numerusform>Все %n утверждения доставлены.</numerusform>
                <numerusform>Все %n утверждений доставлены.</numerusform>
            </translation>
        </message>
        <message>
            <source>No record store is set up: nothing is sent anywhere.</source>
            <translation>Хранилище записей не настроено: ничего никуда не отправляется.</translation>
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
        <message>
            <source>The article says</source>
            <translation>В статье сказано</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
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
        <message>
            <source>A thicker line means a stronger relation; an arrow marks a one-sided relation.</source>
            <translation>Чем толще линия, тем сильнее отношения; стрелка обозначает односторонние отношения.</translation>
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
            <source>C&amp;ompare two dates</source>
            <translation>&amp;Сравнить две даты</translation>
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
            <source>The history of %1 and %2 is shown beside the map.</source>
            <translation>История отношений %1 и %2 показана рядом с картой.</translation>
        </message>
        <message>
            <source>The relations of %1 are shown beside the map; the timeline now shows only the lane of %1.</source>
            <translation>Отношения страны %1 показаны рядом с картой; лента времени теперь показывает только дорожку %1.</translation>
        </message>
        <message>
            <source>The relations of %1 are shown beside the map.</source>
            <translation>Отношения страны %1 показаны рядом с картой.</translation>
        </message>
        <message>
            <source>The event is selected on the timeline and shown in the event details.</source>
            <translation>Событие выбрано на ленте времени и показано в подробностях.</translation>
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
        <name>ResultsTableModel</name>
        <message>
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Текст вопроса</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Модули</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Попытки</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Ученики</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Верный</translation>
        </message>
        <message>
            <source>Most common wrong answer</source>
            <translation>Самый частый неверный ответ</translation>
        </message>
        <message>
            <source>Times given</source>
            <translation>Сколько раз</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Удалён</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Ученик</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Ответы</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Модуль</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <source>Class average</source>
            <translation>Среднее по классу</translation>
        </message>
    </context>
    <context>
        <name>SessionWidget</name>
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
            <source>← &amp;Back to modules</source>
            <translation>← &amp;Назад к модулям</translation>
        </message>
        <message>
            <source>See my pro&amp;gress</source>
            <translation>Мои у&amp;спехи</translation>
        </message>
        <message>
            <source>I'm not &amp;sure</source>
            <translation>Я не &amp;уверен(а)</translation>
        </message>
        <message>
            <source>Tick this if you guessed: the question will come back sooner for review.</source>
            <translation>Отметьте, если вы угадывали: вопрос вернётся на повторение раньше.</translation>
        </message>
        <message>
            <source>Try again: %1</source>
            <translation>Ещё раз: %1</translation>
        </message>
        <message>
            <source>Review: questions due again</source>
            <translation>Повторение: вопросы, которым пришёл срок</translation>
        </message>
        <message numerus="yes">
            <source>&lt;h2&gt;Well done: you finished “%1”.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%2 of %n answer(s) fully right, %3 points of %n.&lt;/p&gt;&lt;p&gt;Questions you missed come back in &lt;b&gt;Review due&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;h2&gt;Отлично: вы прошли «%1».&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;Полностью верных ответов: %2 из %n, баллов: %3 из %n.&lt;/p&gt;&lt;p&gt;Вопросы с ошибками вернутся в разделе &lt;b&gt;Повторить&lt;/b&gt;.&lt;/p&gt;</numerusform>
                <numerusform>&lt;h2&gt;Отлично: вы прошли «%1».&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;Полностью верных ответов: %2 из %n, баллов: %3 из %n.&lt;/p&gt;&lt;p&gt;Вопросы с ошибками вернутся в разделе &lt;b&gt;Повторить&lt;/b&gt;.&lt;/p&gt;</numerusform>
                <numerusform>&lt;h2&gt;Отлично: вы прошли «%1».&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;Полностью верных ответов: %2 из %n, баллов: %3 из %n.&lt;/p&gt;&lt;p&gt;Вопросы с ошибками вернутся в разделе &lt;b&gt;Повторить&lt;/b&gt;.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Quiz finished</source>
            <translation>Тест завершён</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Вопрос %1 из %2</translation>
        </message>
        <message>
            <source>This quiz went on in another window where you are also working, so it continues here at the question it has reached. Your answers there are kept.</source>
            <translation>Этот тест продолжился в другом окне, где вы тоже работаете, поэтому здесь он продолжается с того вопроса, до которого дошёл. Ваши ответы там сохранены.</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Try the %1 you missed &amp;again</source>
            <translation>&amp;Повторить пропущенные (%1)</translation>
        </message>
        <message>
            <source>Try again now the questions you missed or were unsure of</source>
            <translation>Сразу повторить вопросы, на которые вы ответили неверно или не были уверены</translation>
        </message>
    </context>
    <context>
        <name>SourceCopy</name>
        <message>
            <source>a copy of %1's report</source>
            <translation>копия сообщения %1</translation>
        </message>
        <message>
            <source>a copy through an aggregator</source>
            <translation>копия через агрегатор</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The shared content pack was not used: %1</source>
            <translation>Общий пакет содержания не использован: %1</translation>
        </message>
        <message>
            <source>The content of this version was not added: %1</source>
            <translation>Материалы этой версии не добавлены: %1</translation>
        </message>
        <message>
            <source>Content updated with this version: %1 new, %2 revised.</source>
            <translation>Материалы обновлены с этой версией: новых — %1, исправленных — %2.</translation>
        </message>
        <message>
            <source>Items you edited were kept as you left them: %1.</source>
            <translation>Изменённые вами элементы оставлены как есть: %1.</translation>
        </message>
    </context>
    <context>
        <name>StopView</name>
        <message>
            <source>The claims it rests on</source>
            <translation>На какие утверждения опирается</translation>
        </message>
        <message>
            <source>For discussion</source>
            <translation>Для обсуждения</translation>
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation>Остановка %1 из %2</translation>
        </message>
        <message>
            <source>In the article: %1</source>
            <translation>В статье: %1</translation>
        </message>
        <message>
            <source>Background: not in the article itself</source>
            <translation>Фон: в самой статье этого нет</translation>
        </message>
        <message>
            <source>On the timeline: %1</source>
            <translation>На шкале времени: %1</translation>
        </message>
        <message>
            <source>For discussion: %1</source>
            <translation>Для обсуждения: %1</translation>
        </message>
    </context>
    <context>
        <name>StoryController</name>
        <message>
            <source>The &amp;story: a guided walk through the article</source>
            <translation>&amp;Рассказ: путь по доводам статьи</translation>
        </message>
        <message>
            <source>&amp;Present the story</source>
            <translation>&amp;Показать рассказ</translation>
        </message>
        <message>
            <source>The story</source>
            <translation>Рассказ</translation>
        </message>
    </context>
    <context>
        <name>StoryPanel</name>
        <message>
            <source>&amp;Story:</source>
            <translation>&amp;Рассказ:</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Рассказ</translation>
        </message>
        <message>
            <source>Contents: chapters and stops</source>
            <translation>Содержание: главы и остановки</translation>
        </message>
        <message>
            <source>This stop</source>
            <translation>Эта остановка</translation>
        </message>
        <message>
            <source>There are no stories yet. A teacher can write one in the editor.</source>
            <translation>Рассказов пока нет. Учитель может написать рассказ в редакторе.</translation>
        </message>
        <message>
            <source>&amp;Previous stop</source>
            <translation>&amp;Предыдущая остановка</translation>
        </message>
        <message>
            <source>Previous stop</source>
            <translation>Предыдущая остановка</translation>
        </message>
        <message>
            <source>Page Up</source>
            <translation>Page Up</translation>
        </message>
        <message>
            <source>&amp;Next stop</source>
            <translation>&amp;Следующая остановка</translation>
        </message>
        <message>
            <source>Next stop</source>
            <translation>Следующая остановка</translation>
        </message>
        <message>
            <source>Page Down</source>
            <translation>Page Down</translation>
        </message>
        <message>
            <source>E&amp;xplore from here</source>
            <translation>&amp;Исследовать отсюда</translation>
        </message>
        <message>
            <source>Leave the story and explore from this view</source>
            <translation>Выйти из рассказа и исследовать с этого вида</translation>
        </message>
        <message>
            <source>Pr&amp;esent</source>
            <translation>Пока&amp;зать</translation>
        </message>
        <message>
            <source>Present the story full screen</source>
            <translation>Показать рассказ на весь экран</translation>
        </message>
        <message>
            <source>&amp;Handout…</source>
            <translation>&amp;Раздаточный материал…</translation>
        </message>
        <message>
            <source>Print the story as a handout (PDF)</source>
            <translation>Напечатать рассказ как раздаточный материал (PDF)</translation>
        </message>
        <message>
            <source>Chapter %1</source>
            <translation>Глава %1</translation>
        </message>
        <message>
            <source>Story handout</source>
            <translation>Раздаточный материал по рассказу</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The handout was not written: %1</source>
            <translation>Раздаточный материал не записан: %1</translation>
        </message>
        <message numerus="yes">
            <source>Handout saved: %1 (%n page(s)).</source>
            <translation>
                <numerusform>Раздаточный материал сохранён: %1 (%n страница).</numerusform>
                <numerusform>Раздаточный материал сохранён: %1 (%n страницы).</numerusform>
                <numerusform>Раздаточный материал сохранён: %1 (%n страниц).</numerusform>
            </translation>
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
            <source>right: %1</source>
            <translation>верно: %1</translation>
        </message>
        <message>
            <source>Place the marker first.</source>
            <translation>Сначала поставьте маркер.</translation>
        </message>
    </context>
    <context>
        <name>TimelineSearchBox</name>
        <message>
            <source>Search events…</source>
            <translation>Поиск событий…</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>Поиск событий</translation>
        </message>
        <message>
            <source>Type a few letters, then choose an event (Enter takes the first)</source>
            <translation>Введите несколько букв и выберите событие (Enter — первое)</translation>
        </message>
        <message>
            <source>Claim: %s</source>
            <translation>Утверждение: %s</translation>
        </message>
    </context>
    <context>
        <name>TimelineToolBar</name>
        <message>
            <source>Timeline tools</source>
            <translation>Инструменты ленты</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Дорожки</translation>
        </message>
        <message>
            <source>Choose which actors' lanes to show</source>
            <translation>Выберите, дорожки каких участников показывать</translation>
        </message>
        <message>
            <source>Theme filter</source>
            <translation>Фильтр по теме</translation>
        </message>
        <message>
            <source>Theme filter:</source>
            <translation>Фильтр по теме:</translation>
        </message>
        <message>
            <source>Show only events with this theme</source>
            <translation>Показывать только события этой темы</translation>
        </message>
        <message>
            <source>Zoom to era</source>
            <translation>Показать эпоху</translation>
        </message>
        <message>
            <source>Zoom the timeline to one era</source>
            <translation>Приблизить ленту к одной эпохе</translation>
        </message>
        <message>
            <source>Fit all</source>
            <translation>Всё</translation>
        </message>
        <message>
            <source>Show every event (Home)</source>
            <translation>Показать все события (Home)</translation>
        </message>
        <message>
            <source>Zoom out (−)</source>
            <translation>Отдалить (−)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Отдалить</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Приблизить (+)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Приблизить</translation>
        </message>
        <message>
            <source>Back to the previous view (Alt+Left)</source>
            <translation>Назад к предыдущему виду (Alt+Left)</translation>
        </message>
        <message>
            <source>Previous view</source>
            <translation>Предыдущий вид</translation>
        </message>
        <message>
            <source>Forward to the next view (Alt+Right)</source>
            <translation>Вперёд к следующему виду (Alt+Right)</translation>
        </message>
        <message>
            <source>Next view</source>
            <translation>Следующий вид</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Save the current view as a picture</source>
            <translation>Сохранить текущий вид как изображение</translation>
        </message>
        <message>
            <source>As PNG image…</source>
            <translation>Как изображение PNG…</translation>
        </message>
        <message>
            <source>As SVG drawing…</source>
            <translation>Как рисунок SVG…</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>Show the events as a list (for screen readers and keyboards)</source>
            <translation>Показать события списком (для экранных дикторов и клавиатуры)</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>круг</translation>
        </message>
        <message>
            <source>square</source>
            <translation>квадрат</translation>
        </message>
        <message>
            <source>diamond</source>
            <translation>ромб</translation>
        </message>
        <message>
            <source>Legend: </source>
            <translation>Обозначения: </translation>
        </message>
        <message>
            <source>Show all lanes</source>
            <translation>Показать все дорожки</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>Все темы</translation>
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
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Timeline</source>
            <translation>Лента времени</translation>
        </message>
        <message>
            <source>Events from 1950 to today in one lane per actor. Keys: </source>
            <translation>События с 1950 года до наших дней, по дорожке на участника. Клавиши: </translation>
        </message>
        <message>
            <source>The List button shows the same events as a table.</source>
            <translation>Кнопка «Список» показывает те же события таблицей.</translation>
        </message>
        <message>
            <source>Scroll the lanes</source>
            <translation>Прокрутить дорожки</translation>
        </message>
        <message>
            <source>Nothing found for “%s”</source>
            <translation>По запросу «%s» ничего не найдено</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>Эпохи</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Choose a file ending in .png or .svg, not “%s”</source>
            <translation>Выберите файл с окончанием .png или .svg, а не «%s»</translation>
        </message>
        <message>
            <source>Could not write %s: there is no such folder</source>
            <translation>Не удалось записать %s: такой папки нет</translation>
        </message>
        <message>
            <source>Could not write %s</source>
            <translation>Не удалось записать %s</translation>
        </message>
        <message>
            <source>The timeline view was saved to %1.</source>
            <translation>Вид ленты времени сохранён в %1.</translation>
        </message>
        <message>
            <source>Trilemma timeline</source>
            <translation>Лента времени Trilemma</translation>
        </message>
        <message>
            <source>Timeline: %1, %2, %3, %4 of %5</source>
            <translation>Лента времени: %1, %2, %3, %4 из %5</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Дата: %1</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>Экспорт ленты времени</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Next / previous event in time</source>
            <translation>Следующее / предыдущее событие по времени</translation>
        </message>
        <message>
            <source>Nearest event in the lane above / below</source>
            <translation>Ближайшее событие на дорожке выше / ниже</translation>
        </message>
        <message>
            <source>Pan a little earlier / later</source>
            <translation>Сдвинуть немного раньше / позже</translation>
        </message>
        <message>
            <source>Pan a whole screen</source>
            <translation>Сдвинуть на целый экран</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>Приблизить / отдалить</translation>
        </message>
        <message>
            <source>+ / −, mouse wheel</source>
            <translation>+ / −, колёсико мыши</translation>
        </message>
        <message>
            <source>Right-drag or Shift+drag</source>
            <translation>Перетаскивание правой кнопкой или Shift+перетаскивание</translation>
        </message>
        <message>
            <source>Zoom to the dragged range</source>
            <translation>Приблизить выделенный участок</translation>
        </message>
        <message>
            <source>Fit all events</source>
            <translation>Показать все события</translation>
        </message>
        <message>
            <source>Back / forward through earlier views</source>
            <translation>Назад / вперёд по прежним видам</translation>
        </message>
        <message>
            <source>Centre the selected event</source>
            <translation>Поместить выбранное событие в центр</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>Снять выделение</translation>
        </message>
        <message>
            <source>Move the date cursor earlier / later</source>
            <translation>Сдвинуть курсор даты раньше / позже</translation>
        </message>
        <message>
            <source>Put the date cursor on the selected event</source>
            <translation>Поставить курсор даты на выбранное событие</translation>
        </message>
        <message>
            <source>Leave the timeline</source>
            <translation>Выйти из ленты времени</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>opens this event in the details and selects it on the timeline</source>
            <translation>открывает это событие в подробностях и выбирает его на ленте времени</translation>
        </message>
        <message>
            <source>opens the history of these two countries</source>
            <translation>открывает историю отношений этих двух стран</translation>
        </message>
        <message>
            <source>goes to another part of the app</source>
            <translation>переходит в другую часть приложения</translation>
        </message>
        <message>
            <source>a web address, %1, shown but not opened: the app works offline</source>
            <translation>веб-адрес %1: он показывается, но не открывается — приложение работает без сети</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>Ссылка: %1</translation>
        </message>
    </context>
    <context>
        <name>ClaimStatus</name>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <source>Public reporting confirms what the article says.</source>
            <translation>Открытые сообщения подтверждают сказанное в статье.</translation>
        </message>
        <message>
            <source>Contested</source>
            <translation>Оспаривается</translation>
        </message>
        <message>
            <source>Sources disagree, or confirm it only in part.</source>
            <translation>Источники расходятся или подтверждают это лишь отчасти.</translation>
        </message>
        <message>
            <source>Outdated</source>
            <translation>Устарело</translation>
        </message>
        <message>
            <source>True when written, overtaken by later events.</source>
            <translation>Верно на момент написания, но устарело после последующих событий.</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>Мнение</translation>
        </message>
        <message>
            <source>The author's interpretation, not a checkable fact.</source>
            <translation>Толкование автора, а не проверяемый факт.</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>Неверно</translation>
        </message>
        <message>
            <source>Public reporting shows the article is wrong here.</source>
            <translation>Открытые сообщения показывают, что статья здесь ошибается.</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>Не подтверждено</translation>
        </message>
        <message>
            <source>Public reporting does not show this either way.</source>
            <translation>Открытые сообщения не подтверждают и не опровергают этого.</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>A prediction, not yet a fact.</source>
            <translation>Предсказание, ещё не факт.</translation>
        </message>
        <message>
            <source>Stated position</source>
            <translation>Официальная позиция</translation>
        </message>
        <message>
            <source>A government's stated view, reported as such.</source>
            <translation>Заявленная позиция правительства, переданная как таковая.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>worksheet</source>
            <translation>рабочий лист</translation>
        </message>
        <message>
            <source>answer key</source>
            <translation>ответы</translation>
        </message>
        <message>
            <source>{0} — answer key</source>
            <translation>{0} — ответы</translation>
        </message>
        <message>
            <source>For the teacher. Letters refer to the worksheet's choices.</source>
            <translation>Для учителя. Буквы соответствуют вариантам в рабочем листе.</translation>
        </message>
        <message>
            <source>Name: ______________________    Class: ________    Date: ____________</source>
            <translation>Имя: ______________________    Класс: ________    Дата: ____________</translation>
        </message>
        <message>
            <source>Answer: {0}</source>
            <translation>Ответ: {0}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>Источники: {0}</translation>
        </message>
        <message>
            <source>The article (¶{0}): {1} — {2}: {3}</source>
            <translation>Статья (¶{0}): {1} — {2}: {3}</translation>
        </message>
        <message>
            <source>The article: {0} — {1}: {2}</source>
            <translation>Статья: {0} — {1}: {2}</translation>
        </message>
        <message>
            <source>This module has no questions yet.</source>
            <translation>В этом модуле пока нет вопросов.</translation>
        </message>
        <message>
            <source>Trilemma · {0}</source>
            <translation>Trilemma · {0}</translation>
        </message>
        <message>
            <source>Trilemma · {0} · answer key</source>
            <translation>Trilemma · {0} · ответы</translation>
        </message>
        <message>
            <source>page {0}</source>
            <translation>стр. {0}</translation>
        </message>
        <message>
            <source>Tick one box.</source>
            <translation>Отметьте один вариант.</translation>
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation>Отметьте все верные ответы.</translation>
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
            <source>Year: ____________</source>
            <translation>Год: ____________</translation>
        </message>
        <message>
            <source>Date (a year, or a month and year): ______________________</source>
            <translation>Дата (год или месяц и год): ______________________</translation>
        </message>
        <message>
            <source>Number the events from 1 (earliest) onwards.</source>
            <translation>Пронумеруйте события, начиная с 1 (самое раннее).</translation>
        </message>
        <message>
            <source>Write the letter that matches each number.</source>
            <translation>Напишите букву, подходящую к каждой цифре.</translation>
        </message>
        <message>
            <source>{0} (accept {1}–{2})</source>
            <translation>{0} (засчитывать {1}–{2})</translation>
        </message>
        <message>
            <source>Timeline {0}–{1}</source>
            <translation>Хронология {0}–{1}</translation>
        </message>
        <message>
            <source>The China–North Korea–Russia triangle, {0}–{1}</source>
            <translation>Треугольник Китай — КНДР — Россия, {0}–{1}</translation>
        </message>
        <message>
            <source>Events in date order. A date is only as precise as its source: “2024” means some time in 2024. {0} (and a filled circle on the line) marks a landmark; the numbers on the line are the events' numbers in the table (where they fit; choose a shorter period for more).</source>
            <translation>События по датам. Дата точна настолько, насколько точен её источник: «2024» значит «когда-то в 2024 году». {0} (и закрашенный кружок на линии) отмечает важнейшее событие; числа на линии — номера событий в таблице (там, где помещаются; выберите период короче, чтобы увидеть больше).</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Периоды</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>No events in this period.</source>
            <translation>В этот период событий нет.</translation>
        </message>
        <message>
            <source>Trilemma · timeline {0}–{1} · sources are listed in the app for every event</source>
            <translation>Trilemma · хронология {0}–{1} · источники каждого события указаны в приложении</translation>
        </message>
        <message>
            <source>{0} – handout</source>
            <translation>{0} – раздаточный материал</translation>
        </message>
        <message>
            <source>In the article: {0}</source>
            <translation>В статье: {0}</translation>
        </message>
        <message>
            <source>Background: not in the article itself</source>
            <translation>Фон: в самой статье этого нет</translation>
        </message>
        <message>
            <source>On the timeline: {0}</source>
            <translation>На шкале времени: {0}</translation>
        </message>
        <message>
            <source>The map at {0}.</source>
            <translation>Карта на дату: {0}</translation>
        </message>
        <message>
            <source>The map at {0}, compared with {1}.</source>
            <translation>Карта на дату: {0}; для сравнения: {1}</translation>
        </message>
        <message>
            <source>Claim (¶{0}): {1} — {2}: {3}</source>
            <translation>Утверждение (¶{0}): {1} — {2}: {3}</translation>
        </message>
        <message>
            <source>Claim: {0} — {1}: {2}</source>
            <translation>Утверждение: {0} — {1}: {2}</translation>
        </message>
        <message>
            <source>Check: {0}</source>
            <translation>Проверка: {0}</translation>
        </message>
        <message>
            <source>Discuss: {0}</source>
            <translation>Обсудите: {0}</translation>
        </message>
        <message>
            <source>This story has no stops yet.</source>
            <translation>В этом рассказе пока нет остановок.</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Trilemma · {0} · the sources of every stop are in the app</source>
            <translation>Trilemma · {0} · источники каждой остановки указаны в приложении</translation>
        </message>
    </context>
</TS>
