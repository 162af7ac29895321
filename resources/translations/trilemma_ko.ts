<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name />
        <message>
            <source>Editor</source>
            <translation>편집기</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <source>New</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>되돌리기</translation>
        </message>
        <message>
            <source>Generate questions…</source>
            <translation>문제 생성…</translation>
        </message>
        <message>
            <source>Undone. Redo with Ctrl+Shift+Z.</source>
            <translation>실행 취소했습니다. Ctrl+Shift+Z로 다시 실행합니다.</translation>
        </message>
        <message>
            <source>Redone. Undo with Ctrl+Z.</source>
            <translation>다시 실행했습니다. Ctrl+Z로 되돌립니다.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message>
            <source>Make quiz questions from the selected events, to review before saving</source>
            <translation>선택한 사건으로 퀴즈 문제를 만들고, 저장하기 전에 검토합니다</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(새 항목)</translation>
        </message>
        <message>
            <source>new, not saved yet</source>
            <translation>새 항목, 아직 저장되지 않음</translation>
        </message>
        <message>
            <source>unsaved changes</source>
            <translation>저장되지 않은 변경 사항</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>저장되지 않은 변경 사항</translation>
        </message>
        <message>
            <source>“%s” has changes that are not saved. Discard them?</source>
            <translation>“%s”에 저장되지 않은 변경 사항이 있습니다. 버릴까요?</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>새 항목</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>번역</translation>
        </message>
        <message>
            <source>Some texts are not translated or may be out of date.</source>
            <translation>번역되지 않았거나 오래되었을 수 있는 글이 있습니다.</translation>
        </message>
        <message>
            <source>“%s” has changes that are not saved. Save them before closing?</source>
            <translation>“%s”에 저장되지 않은 변경 사항이 있습니다. 닫기 전에 저장할까요?</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>저장되지 않음</translation>
        </message>
        <message>
            <source>Not saved: %s</source>
            <translation>저장되지 않음: %s</translation>
        </message>
        <message>
            <source>Not saved: fix the marked fields first.</source>
            <translation>저장되지 않음: 표시된 칸을 먼저 고치세요.</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>“%1” 추가</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>“%1” 편집</translation>
        </message>
        <message>
            <source>Delete “%1”</source>
            <translation>“%1” 삭제</translation>
        </message>
        <message>
            <source>Deleted “%1”. Undo with Ctrl+Z.</source>
            <translation>“%1”을(를) 삭제했습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Translate “%1” into %2</source>
            <translation>“%1”을(를) %2(으)로 번역</translation>
        </message>
        <message>
            <source>Saved. Undo with Ctrl+Z.</source>
            <translation>저장했습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Not deleted: %s.</source>
            <translation>삭제되지 않음: %s.</translation>
        </message>
        <message>
            <source>Translation saved. Undo with Ctrl+Z.</source>
            <translation>번역을 저장했습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Generate questions</source>
            <translation>문제 생성</translation>
        </message>
        <message>
            <source>Select one or more events first.</source>
            <translation>먼저 사건을 하나 이상 선택하세요.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n generated question(s) to module %1</source>
            <translation>
                <numerusform>생성된 문제 %n개를 단원 '%1'에 추가</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s) to module %1. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>문제 %n개를 단원 '%1'에 추가했습니다. Ctrl+Z로 되돌릴 수 있습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n generated question(s)</source>
            <translation>
                <numerusform>생성된 문제 %n개 추가</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n question(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>문제 %n개를 추가했습니다. Ctrl+Z로 되돌릴 수 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>항목 종류</translation>
        </message>
        <message>
            <source>Search items</source>
            <translation>항목 검색</translation>
        </message>
        <message>
            <source>Search titles and ids…</source>
            <translation>제목과 ID 검색…</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>항목</translation>
        </message>
        <message>
            <source>Items of the chosen kind; arrow keys move, Shift or Ctrl selects several</source>
            <translation>선택한 종류의 항목. 화살표 키로 이동하고, Shift나 Ctrl로 여러 개를 선택합니다</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>종류(&amp;K):</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>표시(&amp;H):</translation>
        </message>
        <message>
            <source>Show items</source>
            <translation>표시할 항목</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>모든 항목</translation>
        </message>
        <message>
            <source>Not yet translated into %s</source>
            <translation>%s 번역이 없는 항목</translation>
        </message>
        <message>
            <source>Translation may be out of date: %s</source>
            <translation>번역이 오래되었을 수 있음: %s</translation>
        </message>
        <message>
            <source>Se&amp;arch:</source>
            <translation>검색(&amp;A):</translation>
        </message>
        <message>
            <source>alliance</source>
            <translation>동맹</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>협력 관계</translation>
        </message>
        <message>
            <source>warming</source>
            <translation>관계 개선</translation>
        </message>
        <message>
            <source>strained</source>
            <translation>긴장</translation>
        </message>
        <message>
            <source>rivalry</source>
            <translation>경쟁</translation>
        </message>
        <message>
            <source>hostility</source>
            <translation>적대</translation>
        </message>
        <message>
            <source>dependence</source>
            <translation>의존</translation>
        </message>
        <message>
            <source>double line</source>
            <translation>이중선</translation>
        </message>
        <message>
            <source>solid line</source>
            <translation>실선</translation>
        </message>
        <message>
            <source>dashed line</source>
            <translation>파선</translation>
        </message>
        <message>
            <source>dotted line</source>
            <translation>점선</translation>
        </message>
        <message>
            <source>dash-dot line</source>
            <translation>일점쇄선</translation>
        </message>
        <message>
            <source>zigzag line</source>
            <translation>지그재그선</translation>
        </message>
        <message>
            <source>dash-dot-dot line</source>
            <translation>이점쇄선</translation>
        </message>
        <message>
            <source>Answer options</source>
            <translation>답 보기</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>정답</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>보기 추가</translation>
        </message>
        <message>
            <source>Remove option</source>
            <translation>보기 삭제</translation>
        </message>
        <message>
            <source>correct</source>
            <translation>정답</translation>
        </message>
        <message>
            <source>Tick if this option is a correct answer</source>
            <translation>이 보기가 정답이면 체크하세요</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Teaching review</source>
            <translation>교육적 검토</translation>
        </message>
        <message>
            <source>Teaching review (saving is still allowed):</source>
            <translation>교육적 검토 (저장은 가능합니다):</translation>
        </message>
        <message>
            <source>Stop %1</source>
            <translation>%1번째 정류장</translation>
        </message>
        <message>
            <source>Stops, in order</source>
            <translation>정류장 (순서대로)</translation>
        </message>
        <message>
            <source>Drag a stop, or press Alt+Up / Alt+Down, to move it; Delete removes it.</source>
            <translation>정류장을 끌어서 옮기거나 Alt+위 / Alt+아래를 누르세요. Delete로 삭제합니다.</translation>
        </message>
        <message>
            <source>Add stop</source>
            <translation>정류장 추가</translation>
        </message>
        <message>
            <source>Delete stop</source>
            <translation>정류장 삭제</translation>
        </message>
        <message>
            <source>%1 (no such item any more)</source>
            <translation>%1 (더 이상 없는 항목)</translation>
        </message>
        <message>
            <source>Filter by title or id</source>
            <translation>제목이나 ID로 거르기</translation>
        </message>
        <message>
            <source>Type to filter by title or id</source>
            <translation>입력하여 제목이나 ID로 거르기</translation>
        </message>
        <message>
            <source>Items to choose: Enter chooses the highlighted one</source>
            <translation>고를 항목: Enter로 강조된 항목을 고릅니다</translation>
        </message>
        <message>
            <source>Items to choose: Space ticks or unticks</source>
            <translation>고를 항목: 스페이스로 선택하거나 해제합니다</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>거르기(&amp;F):</translation>
        </message>
        <message>
            <source>Where in the source (optional)</source>
            <translation>출처 안의 위치(선택)</translation>
        </message>
        <message>
            <source>¶8, a page</source>
            <translation>¶8, 쪽</translation>
        </message>
        <message>
            <source>&amp;Where in it:</source>
            <translation>그 안의 위치(&amp;W):</translation>
        </message>
        <message>
            <source>Choose &amp;none</source>
            <translation>선택 안 함(&amp;N)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>위로 옮기기</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>아래로 옮기기</translation>
        </message>
        <message>
            <source>Enter chooses the highlighted one; Esc keeps what was chosen.</source>
            <translation>Enter로 강조된 항목을 고르고, Esc는 이전 선택을 그대로 둡니다.</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>선택됨: %1</translation>
        </message>
        <message>
            <source>Stop: %1</source>
            <translation>정류장: %1</translation>
        </message>
        <message>
            <source>Move stop</source>
            <translation>정류장 이동</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <source>Language of the translation</source>
            <translation>번역 언어</translation>
        </message>
        <message>
            <source>Save translation</source>
            <translation>번역 저장</translation>
        </message>
        <message>
            <source>English: %s</source>
            <translation>영어: %s</translation>
        </message>
        <message>
            <source>⚠ May be out of date: the English changed since it was translated.</source>
            <translation>⚠ 오래되었을 수 있음: 번역한 뒤 영어 원문이 바뀌었습니다.</translation>
        </message>
        <message>
            <source>Not translated yet.</source>
            <translation>아직 번역되지 않았습니다.</translation>
        </message>
        <message>
            <source>%s, translated</source>
            <translation>%s (번역)</translation>
        </message>
        <message>
            <source>Save the item first to translate it.</source>
            <translation>번역하려면 먼저 항목을 저장하세요.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of the content translated; %n text(s) missing.</source>
            <translation>
                <numerusform>콘텐츠 번역률 %1; 번역 없음 %n개.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) may be out of date.</source>
            <translation>
                <numerusform>오래되었을 수 있는 번역 %n개.</numerusform>
            </translation>
        </message>
        <message>
            <source>%s: write each pair as 'left = right'.</source>
            <translation>%s: 각 쌍을 '왼쪽 = 오른쪽' 형식으로 쓰세요.</translation>
        </message>
        <message>
            <source>%s: give every entry some text.</source>
            <translation>%s: 모든 항목에 내용을 쓰세요.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entry(ies), but the English has %2; give them in the same order.</source>
            <translation>
                <numerusform>%1: %n개가 있지만 영어에는 %2개가 있습니다. 같은 순서로 쓰세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>고르기…</translation>
        </message>
        <message>
            <source>Choose… (F4)</source>
            <translation>고르기… (F4)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <source>Clear (Delete)</source>
            <translation>지우기 (Delete)</translation>
        </message>
        <message>
            <source>None chosen: press F4 to choose</source>
            <translation>선택 없음: F4를 눌러 고르세요</translation>
        </message>
        <message>
            <source>Choose: %1</source>
            <translation>고르기: %1</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>고르기</translation>
        </message>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD: never more precise than the source.</source>
            <translation>YYYY, YYYY-MM 또는 YYYY-MM-DD: 출처보다 더 정확하게 쓰지 마세요.</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>하나 고르기</translation>
        </message>
        <message>
            <source>Multiple select</source>
            <translation>여러 개 고르기</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>참 또는 거짓</translation>
        </message>
        <message>
            <source>Put in order</source>
            <translation>순서 맞추기</translation>
        </message>
        <message>
            <source>Match pairs</source>
            <translation>짝 맞추기</translation>
        </message>
        <message>
            <source>Place on the timeline</source>
            <translation>연표에 놓기</translation>
        </message>
        <message>
            <source>Short answer</source>
            <translation>짧은 답</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>양방향</translation>
        </message>
        <message>
            <source>A acts on B</source>
            <translation>A가 B에게</translation>
        </message>
        <message>
            <source>B acts on A</source>
            <translation>B가 A에게</translation>
        </message>
        <message>
            <source>Recall a fact</source>
            <translation>사실 기억하기</translation>
        </message>
        <message>
            <source>Reasoning: why, what follows</source>
            <translation>추론: 왜, 그 결과는</translation>
        </message>
        <message>
            <source>Perspective: how a capital sees it</source>
            <translation>관점: 각국 수도는 어떻게 보는가</translation>
        </message>
        <message>
            <source>Sources: the article against the evidence</source>
            <translation>출처: 기사와 증거 비교</translation>
        </message>
        <message>
            <source>From the article</source>
            <translation>기사 내용</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>배경</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>기사 이후</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>A stable id: lowercase letters, digits and '-'. It cannot change once saved.</source>
            <translation>바뀌지 않는 ID: 소문자, 숫자, '-'. 저장한 뒤에는 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>End</source>
            <translation>끝</translation>
        </message>
        <message>
            <source>empty: a point in time / still holds</source>
            <translation>비워 두기: 한 시점 / 아직 유효</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>중요도</translation>
        </message>
        <message>
            <source>1 minor … 5 landmark</source>
            <translation>1 사소함 … 5 획기적</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>당사자</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>Article ¶</source>
            <translation>기사 ¶</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Former name</source>
            <translation>옛 이름</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>이름 바뀐 때</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>약칭</translation>
        </message>
        <message>
            <source>2–3 letters</source>
            <translation>2–3글자</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>색</translation>
        </message>
        <message>
            <source>Lane order</source>
            <translation>줄 순서</translation>
        </message>
        <message>
            <source>Actor A</source>
            <translation>당사자 A</translation>
        </message>
        <message>
            <source>Actor B</source>
            <translation>당사자 B</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>이름표</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>강도</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>방향</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>시작한 사건</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>끝낸 사건</translation>
        </message>
        <message>
            <source>What the article says</source>
            <translation>기사의 주장</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Where public reporting differs or adds to it</source>
            <translation>공개 보도와 다르거나 덧붙이는 점</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>매체</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>발행일</translation>
        </message>
        <message>
            <source>Address (URL)</source>
            <translation>주소 (URL)</translation>
        </message>
        <message>
            <source>Syndicated copy</source>
            <translation>전재본</translation>
        </message>
        <message>
            <source>A copy through an aggregator</source>
            <translation>뉴스 수집 사이트를 통한 전재본</translation>
        </message>
        <message>
            <source>Tick when this page copies another outlet's report (prefer the original)</source>
            <translation>이 페이지가 다른 매체의 보도를 옮긴 것이면 표시하세요 (원본을 우선 사용)</translation>
        </message>
        <message>
            <source>Original outlet</source>
            <translation>원 매체</translation>
        </message>
        <message>
            <source>Who first published it (for a copy)</source>
            <translation>처음 보도한 곳 (전재본의 경우)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>목적</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Tick every correct option</source>
            <translation>맞는 보기에 모두 체크하세요</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>정답</translation>
        </message>
        <message>
            <source>true/false, a year, or a partial date</source>
            <translation>true/false, 연도 또는 부분 날짜</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>허용 오차</translation>
        </message>
        <message>
            <source>years or months for full credit</source>
            <translation>만점으로 인정하는 연수 또는 개월 수</translation>
        </message>
        <message>
            <source>Events in order</source>
            <translation>순서대로 놓을 사건</translation>
        </message>
        <message>
            <source>The events, earliest first: F4 chooses, Alt+Up and Alt+Down there move one</source>
            <translation>사건, 가장 이른 것부터: F4로 고르고, 목록에서 Alt+위/아래로 옮깁니다</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>짝</translation>
        </message>
        <message>
            <source>One 'left = right' per line</source>
            <translation>한 줄에 '왼쪽 = 오른쪽' 하나</translation>
        </message>
        <message>
            <source>Accepted answers</source>
            <translation>인정하는 답</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>한 줄에 하나</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>Shown after answering</source>
            <translation>답한 뒤에 보임</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>주장</translation>
        </message>
        <message>
            <source>In modules</source>
            <translation>속한 모듈</translation>
        </message>
        <message>
            <source>The modules (lessons) this question is part of; saved with the question, one undo step</source>
            <translation>이 문제가 속한 모듈(수업). 문제와 함께 저장되며 한 번에 되돌릴 수 있습니다</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>순서</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>The questions in lesson order: F4 chooses, Alt+Up and Alt+Down there move one</source>
            <translation>수업 순서대로의 문제: F4로 고르고, 목록에서 Alt+위/아래로 옮깁니다</translation>
        </message>
        <message>
            <source>Stops</source>
            <translation>정류장</translation>
        </message>
        <message>
            <source>The stops in order; each drives the timeline and the map</source>
            <translation>순서대로 놓인 정류장: 각 정류장이 연표와 관계 지도를 움직입니다</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>시기</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>관계</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>단원</translation>
        </message>
        <message>
            <source>Stories</source>
            <translation>이야기</translation>
        </message>
        <message>
            <source>There is no actor “%1” (any more): press F4 to choose another.</source>
            <translation>당사자 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>There is no theme “%1” (any more): press F4 to choose another.</source>
            <translation>주제 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>There is no event “%1” (any more): press F4 to choose another.</source>
            <translation>사건 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>There is no claim “%1” (any more): press F4 to choose another.</source>
            <translation>주장 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>There is no source “%1” (any more): press F4 to choose another.</source>
            <translation>출처 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>There is no relation “%1” (any more): press F4 to choose another.</source>
            <translation>관계 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>There is no question “%1” (any more): press F4 to choose another.</source>
            <translation>문제 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>There is no module “%1” (any more): press F4 to choose another.</source>
            <translation>단원 “%1”이(가) 없습니다(삭제되었을 수 있음). F4를 눌러 다른 것을 고르세요.</translation>
        </message>
        <message>
            <source>The sources, in order, each with where in it (¶8, a page) if you like. F4 chooses.</source>
            <translation>출처를 순서대로, 원하면 그 안의 위치(¶8, 쪽)와 함께. F4로 고릅니다.</translation>
        </message>
        <message>
            <source>F4, Enter or Alt+Down opens a list to choose from; type there to filter by title or id.</source>
            <translation>F4, Enter 또는 Alt+아래 화살표로 고를 목록을 엽니다. 거기서 입력하면 제목이나 ID로 걸러집니다.</translation>
        </message>
        <message>
            <source>F4, Enter or Alt+Down opens a list: type to filter by title or id, Enter chooses one.</source>
            <translation>F4, Enter 또는 Alt+아래 화살표로 목록을 엽니다. 입력하면 제목이나 ID로 걸러지고, Enter로 하나를 고릅니다.</translation>
        </message>
        <message>
            <source>Optional. F4, Enter or Alt+Down opens a list: type to filter, Enter chooses one; Delete leaves it empty.</source>
            <translation>선택 사항. F4, Enter 또는 Alt+아래 화살표로 목록을 엽니다. 입력하면 걸러지고, Enter로 하나를 고릅니다. Delete는 비워 둡니다.</translation>
        </message>
        <message>
            <source>Stop id</source>
            <translation>정류장 ID</translation>
        </message>
        <message>
            <source>Chapter</source>
            <translation>장</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>본문</translation>
        </message>
        <message>
            <source>Timeline span</source>
            <translation>연표 범위</translation>
        </message>
        <message>
            <source>Map date</source>
            <translation>지도 날짜</translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>비교할 날짜</translation>
        </message>
        <message>
            <source>Check question</source>
            <translation>확인 문제</translation>
        </message>
        <message>
            <source>Discussion prompt</source>
            <translation>토론 질문</translation>
        </message>
        <message>
            <source>Start and end of the timeline's view, e.g. 2023-09, 2024-12; every event must fall inside it.</source>
            <translation>연표 화면의 시작과 끝, 예: 2023-09, 2024-12. 모든 사건이 이 안에 있어야 합니다.</translation>
        </message>
        <message>
            <source>The relationship map's date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
            <translation>관계 지도의 날짜 (YYYY, YYYY-MM 또는 YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Optional: the map compares this date with the map date.</source>
            <translation>선택: 지도가 이 날짜를 지도 날짜와 비교합니다.</translation>
        </message>
        <message>
            <source>Paragraph numbers of the article, comma-separated; empty for a background stop.</source>
            <translation>기사의 문단 번호, 쉼표로 구분. 배경 정류장은 비워 두세요.</translation>
        </message>
        <message>
            <source>(new stop)</source>
            <translation>(새 정류장)</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>피드백</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Read-only: {0} cannot be written here, so answers and edits are not saved. Ask for write access to keep them.</source>
            <translation>읽기 전용: 여기서는 {0}에 쓸 수 없으므로 답과 수정 내용이 저장되지 않습니다. 저장하려면 쓰기 권한을 요청하세요.</translation>
        </message>
    </context>
    <context>
        <name>AppearanceController</name>
        <message>
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>테마(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>밝게(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>어둡게(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>고대비(&amp;H)</translation>
        </message>
        <message>
            <source>Text &amp;size</source>
            <translation>글자 크기(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>글자 크게(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>글자 작게(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>기본 글자 크기(&amp;D)</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>글자 크기: %1%</translation>
        </message>
    </context>
    <context>
        <name>BarPlotWidget</name>
        <message>
            <source>A bar chart; the results table holds the same numbers</source>
            <translation>막대 그래프. 결과 표에 같은 숫자가 있습니다</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>아직 답이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>CheckQuestion</name>
        <message>
            <source>Check your understanding</source>
            <translation>이해했는지 확인하기</translation>
        </message>
        <message>
            <source>Choose your name in the Quiz to keep this answer with your results.</source>
            <translation>이 답을 성적에 남기려면 퀴즈에서 이름을 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceInput</name>
        <message>
            <source>True</source>
            <translation>참</translation>
        </message>
        <message>
            <source>False</source>
            <translation>거짓</translation>
        </message>
        <message>
            <source>Option %1: %2</source>
            <translation>보기 %1: %2</translation>
        </message>
        <message>
            <source>right answer</source>
            <translation>정답</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>내 선택</translation>
        </message>
        <message>
            <source>Choose true or false first.</source>
            <translation>먼저 참 또는 거짓을 고르세요.</translation>
        </message>
        <message>
            <source>Choose an option first.</source>
            <translation>먼저 보기를 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>CompareTableModel</name>
        <message>
            <source>appeared</source>
            <translation>생김</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>끝남</translation>
        </message>
        <message>
            <source>changed kind</source>
            <translation>종류 바뀜</translation>
        </message>
        <message>
            <source>same kind, new terms</source>
            <translation>같은 종류, 새 조건</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>변화 없음</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>두 나라</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>바뀐 점</translation>
        </message>
    </context>
    <context>
        <name>CompareWidget</name>
        <message>
            <source>First date to compare</source>
            <translation>비교할 첫 날짜</translation>
        </message>
        <message>
            <source>Second date to compare</source>
            <translation>비교할 둘째 날짜</translation>
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation>YYYY 또는 YYYY-MM</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>비교(&amp;C)</translation>
        </message>
        <message>
            <source>Compare the two dates</source>
            <translation>두 날짜 비교</translation>
        </message>
        <message>
            <source>Relations at the two dates and what changed</source>
            <translation>두 날짜의 관계와 바뀐 점</translation>
        </message>
        <message>
            <source>Compare &amp;from</source>
            <translation>비교 시작(&amp;F)</translation>
        </message>
        <message>
            <source>with</source>
            <translation>와(과)</translation>
        </message>
        <message>
            <source>first date</source>
            <translation>첫 날짜</translation>
        </message>
        <message>
            <source>second date</source>
            <translation>둘째 날짜</translation>
        </message>
        <message>
            <source>The %1 “%2” is not usable: type YYYY or YYYY-MM between %3 and %4.</source>
            <translation>%1 “%2”은(는) 쓸 수 없습니다. %3에서 %4 사이의 YYYY 또는 YYYY-MM을 입력하세요.</translation>
        </message>
        <message>
            <source>%1 — labelled: what ended by the second date</source>
            <translation>%1 — 표시: 둘째 날짜까지 끝난 관계</translation>
        </message>
        <message>
            <source>%1 — labelled: what is new since the first date</source>
            <translation>%1 — 표시: 첫 날짜 이후 새로 생긴 관계</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) gained a relation</source>
            <translation>
                <numerusform>%n쌍은 관계가 생김</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lost all</source>
            <translation>
                <numerusform>%n쌍은 모두 잃음</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed kind</source>
            <translation>
                <numerusform>%n쌍은 종류가 바뀜</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stayed the same</source>
            <translation>
                <numerusform>%n쌍은 그대로임</numerusform>
            </translation>
        </message>
        <message>
            <source>From %1 to %2: %3.</source>
            <translation>%1부터 %2까지: %3.</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>Save the table of the page shown as a CSV file for a spreadsheet</source>
            <translation>보이는 페이지의 표를 스프레드시트용 CSV 파일로 저장합니다</translation>
        </message>
        <message>
            <source>Read the results again</source>
            <translation>결과를 다시 읽기</translation>
        </message>
        <message>
            <source>Class average per module</source>
            <translation>단원별 학급 평균</translation>
        </message>
        <message>
            <source>Hardest questions: share answered correctly</source>
            <translation>가장 어려운 문제: 정답 비율</translation>
        </message>
        <message>
            <source>Students per mastery band (all modules; no names, safe to project)</source>
            <translation>숙달 단계별 학생 수 (모든 단원, 이름 없음, 화면에 띄워도 안전)</translation>
        </message>
        <message>
            <source>&amp;Modules</source>
            <translation>단원(&amp;M)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV 내보내기(&amp;X)…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>&amp;Students</source>
            <translation>학생(&amp;S)</translation>
        </message>
        <message>
            <source>Q&amp;uestions</source>
            <translation>문제(&amp;U)</translation>
        </message>
        <message>
            <source>Results table: %s</source>
            <translation>결과 표: %s</translation>
        </message>
        <message>
            <source>One row per item; arrow keys move, click a header to sort</source>
            <translation>항목마다 한 줄. 화살표 키로 이동하고, 머리글을 누르면 정렬합니다</translation>
        </message>
        <message>
            <source>often: %s</source>
            <translation>자주 나온 답: %s</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>답 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) answered</source>
            <translation>
                <numerusform>푼 문제 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n row(s) to %1</source>
            <translation>
                <numerusform>%n줄을 %1에 저장했습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>학생 %n명</numerusform>
            </translation>
        </message>
        <message>
            <source>Export class results</source>
            <translation>학급 결과 내보내기</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %s: %s</source>
            <translation>%s을(를) 쓸 수 없습니다: %s</translation>
        </message>
    </context>
    <context>
        <name>DateControlWidget</name>
        <message>
            <source>▶ Play</source>
            <translation>▶ 재생</translation>
        </message>
        <message>
            <source>Play through the years</source>
            <translation>연도별로 재생</translation>
        </message>
        <message>
            <source>Step through the years one by one (press again to stop)</source>
            <translation>한 해씩 넘어갑니다 (다시 누르면 멈춤)</translation>
        </message>
        <message>
            <source>Date of the relationship map</source>
            <translation>관계도의 날짜</translation>
        </message>
        <message>
            <source>Date (year or year-month)</source>
            <translation>날짜 (연도 또는 연도-월)</translation>
        </message>
        <message>
            <source>YYYY or YYYY-MM</source>
            <translation>YYYY 또는 YYYY-MM</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <source>“%1”: there is no such month; months run from 01 to 12.</source>
            <translation>“%1”: 그런 달은 없습니다. 달은 01부터 12까지입니다.</translation>
        </message>
        <message>
            <source>“%1” is outside the map: choose a date from %2 to %3.</source>
            <translation>“%1”은(는) 범위 밖입니다. %2부터 %3 사이의 날짜를 고르세요.</translation>
        </message>
        <message>
            <source>“%1” is not a year or a month: type YYYY or YYYY-MM, for example 2017 or 2024-06.</source>
            <translation>“%1”은(는) 연도나 달이 아닙니다. 2017이나 2024-06처럼 YYYY 또는 YYYY-MM을 입력하세요.</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ 정지</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>재생 정지</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsWidget</name>
        <message>
            <source>From the article</source>
            <translation>기사 내용</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>배경</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>기사 이후</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>사건 정보</translation>
        </message>
        <message>
            <source>Now showing %1, also selected on the timeline.</source>
            <translation>지금 %1을(를) 보여 줍니다. 연표에서도 선택되었습니다.</translation>
        </message>
        <message>
            <source>Why is Beijing caught between allies as Moscow and Pyongyang draw close? Click any mark on the timeline, or open one of these turning points:</source>
            <translation>모스크바와 평양이 가까워지면서 베이징은 왜 동맹 사이에 끼었을까요? 연표의 아무 표시나 누르거나, 다음 전환점 가운데 하나를 열어 보세요:</translation>
        </message>
        <message>
            <source>Drag the red line on the timeline, or the date slider, to see how the relations stood at that moment.</source>
            <translation>연표의 빨간 선이나 날짜 슬라이더를 끌면 그때의 관계를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Or follow the story: the article's argument, stop by stop</source>
            <translation>또는 이야기를 따라가 보세요: 기사의 주장을 정류장마다 하나씩</translation>
        </message>
        <message>
            <source>Then test yourself in the Quiz</source>
            <translation>그다음 퀴즈로 실력을 확인해 보세요</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>여기서 시작하세요</translation>
        </message>
        <message>
            <source>article paragraph</source>
            <translation>기사 문단</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>당사자</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>What the article says</source>
            <translation>기사의 주장</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Related events</source>
            <translation>관련 사건</translation>
        </message>
    </context>
    <context>
        <name>EventLanesItem</name>
        <message numerus="yes">
            <source>%n more event(s) here: click to zoom in</source>
            <translation>
                <numerusform>여기에 사건 %n개가 더 있습니다: 눌러서 확대</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventListWidget</name>
        <message>
            <source>Events</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>All events in date order; select one to see its details</source>
            <translation>날짜순으로 본 모든 사건. 하나를 고르면 자세한 내용이 보입니다</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>당사자</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>In the article</source>
            <translation>기사에 나옴</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>배경</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>기사 이후</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export content pack</source>
            <translation>콘텐츠 팩 내보내기</translation>
        </message>
        <message>
            <source>Export questions</source>
            <translation>문제 내보내기</translation>
        </message>
        <message>
            <source>Print worksheet, answer key or timeline handout</source>
            <translation>학습지, 정답지 또는 연표 자료 인쇄</translation>
        </message>
        <message>
            <source>Export class results</source>
            <translation>학급 결과 내보내기</translation>
        </message>
        <message>
            <source>Enter teacher mode (Teacher menu) to use this.</source>
            <translation>이 기능은 교사 모드(교사 메뉴)에서 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>단원</translation>
        </message>
        <message>
            <source>All modules</source>
            <translation>모든 단원</translation>
        </message>
        <message>
            <source>&amp;Module:</source>
            <translation>단원(&amp;M):</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>시작 연도</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>끝 연도</translation>
        </message>
        <message>
            <source>&amp;From year:</source>
            <translation>시작 연도(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;To year:</source>
            <translation>끝 연도(&amp;T):</translation>
        </message>
        <message>
            <source>Language of the questions and the printed words</source>
            <translation>문제와 인쇄되는 글의 언어</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <source>Pack title</source>
            <translation>팩 제목</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>만든 이</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>제목(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>만든 이(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>다른 이름으로 저장(&amp;S)…</translation>
        </message>
        <message>
            <source>This export contains every right answer: enter teacher mode (Teacher menu) to save it.</source>
            <translation>이 내보내기에는 모든 정답이 들어 있습니다. 저장하려면 교사 모드(교사 메뉴)로 들어가세요.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>내보내기 실패</translation>
        </message>
        <message>
            <source>Nothing was written.

%s</source>
            <translation>아무것도 쓰지 않았습니다.

%s</translation>
        </message>
        <message>
            <source>Saved %s: %s.</source>
            <translation>%s 저장: %s.</translation>
        </message>
        <message>
            <source>Saved %s.</source>
            <translation>%s에 저장했습니다.</translation>
        </message>
        <message>
            <source>Skipped (no equivalent in this format): %s.</source>
            <translation>건너뜀 (이 형식에 해당하는 것이 없음): %s.</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>답 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>문장 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n문제</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n쪽</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>사건 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n era(s)</source>
            <translation>
                <numerusform>시기 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stop(s)</source>
            <translation>
                <numerusform>정류장 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n actor(s)</source>
            <translation>
                <numerusform>당사자 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n theme(s)</source>
            <translation>
                <numerusform>주제 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>출처 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relation(s)</source>
            <translation>
                <numerusform>관계 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>주장 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>단원 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n story(ies)</source>
            <translation>
                <numerusform>이야기 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Content pack (all content, or one module and what it needs)</source>
            <translation>콘텐츠 팩 (모든 내용, 또는 한 단원과 그에 필요한 내용)</translation>
        </message>
        <message>
            <source>Content packs (*.zip)</source>
            <translation>콘텐츠 팩 (*.zip)</translation>
        </message>
        <message>
            <source>GIFT text (Moodle and many other tools)</source>
            <translation>GIFT 텍스트 (Moodle과 여러 도구)</translation>
        </message>
        <message>
            <source>GIFT files (*.gift *.txt)</source>
            <translation>GIFT 파일 (*.gift *.txt)</translation>
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
            <translation>학생용 학습지</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Answer key (teachers only)</source>
            <translation>정답지 (교사 전용)</translation>
        </message>
        <message>
            <source>Timeline handout of a period</source>
            <translation>한 시기의 연표 자료</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV), one row per answer</source>
            <translation>스프레드시트 (CSV), 답마다 한 줄</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>xAPI statements (JSON), pseudonymous</source>
            <translation>xAPI 문장 (JSON), 가명 처리</translation>
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
            <translation>피드백: 정답, 설명, 출처</translation>
        </message>
        <message>
            <source>Show on time&amp;line</source>
            <translation>연표에서 보기(&amp;L)</translation>
        </message>
        <message>
            <source>Show this event on the timeline</source>
            <translation>이 사건을 연표에서 보기</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>다음 문제(&amp;N)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>다음 문제</translation>
        </message>
        <message>
            <source>Correct!</source>
            <translation>정답입니다!</translation>
        </message>
        <message>
            <source>Partly right: %1 % of the credit</source>
            <translation>부분 정답: 점수의 %1 %</translation>
        </message>
        <message>
            <source>Not quite</source>
            <translation>아쉽네요</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Fi&amp;nish</source>
            <translation>마치기(&amp;N)</translation>
        </message>
        <message>
            <source>The answer:</source>
            <translation>정답:</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
    </context>
    <context>
        <name>FeedbackText</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n개월</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n년</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a distance: years, then months</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Right.</source>
            <translation>맞았습니다.</translation>
        </message>
        <message>
            <source>You chose “%1”.</source>
            <translation>선택한 답: “%1”</translation>
        </message>
        <message>
            <source>Right: you picked every correct option and nothing else.</source>
            <translation>정답입니다: 맞는 보기를 모두 골랐고 틀린 보기는 고르지 않았습니다.</translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %n correct option(s).</source>
            <translation>
                <numerusform>맞는 보기 %n개 중 %1개를 골랐습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You picked %1 of %2 correct options and %n wrong one(s).</source>
            <translation>
                <numerusform>맞는 보기 %2개 중 %1개를 골랐고, 틀린 보기도 %n개 골랐습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>You answered “%1”.</source>
            <translation>선택한 답: “%1”</translation>
        </message>
        <message>
            <source>Right: every event is in its place.</source>
            <translation>정답입니다: 모든 사건이 제자리에 있습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) of events are in the right order.</source>
            <translation>
                <numerusform>사건 쌍 %n개 중 %1개의 순서가 맞습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Right: every pair matches.</source>
            <translation>정답입니다: 모든 짝이 맞습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pair(s) match.</source>
            <translation>
                <numerusform>짝 %n개 중 %1개가 맞습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Right on: %1.</source>
            <translation>정확합니다: %1.</translation>
        </message>
        <message>
            <source>%1 is %2 off, close enough.</source>
            <translation>%1: %2 차이지만 충분히 가깝습니다.</translation>
        </message>
        <message>
            <source>%1 is %2 too late.</source>
            <translation>%1: %2 늦습니다.</translation>
        </message>
        <message>
            <source>%1 is %2 too early.</source>
            <translation>%1: %2 이릅니다.</translation>
        </message>
        <message>
            <source>No answer given.</source>
            <translation>답을 입력하지 않았습니다.</translation>
        </message>
        <message>
            <source>“%1” is not what we were looking for.</source>
            <translation>“%1”은(는) 찾던 답이 아닙니다.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>참</translation>
        </message>
        <message>
            <source>False</source>
            <translation>거짓</translation>
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
            <translation>생성된 문제 검토</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) made</source>
            <translation>
                <numerusform>문제 %n개를 만들었습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 from %n event(s). Untick the ones to discard; select one to edit it. Nothing is saved until you press “Add to module”.</source>
            <translation>
                <numerusform>%1 (사건 %n개에서). 버릴 문제는 체크를 해제하고, 고칠 문제는 선택하세요. “단원에 추가”를 누르기 전에는 아무것도 저장되지 않습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated questions: ticked ones will be added</source>
            <translation>생성된 문제: 체크한 문제가 추가됩니다</translation>
        </message>
        <message>
            <source> (already in the question bank: keeping it updates it)</source>
            <translation> (이미 문제 은행에 있음: 남겨 두면 갱신됨)</translation>
        </message>
        <message>
            <source>Module to add the questions to</source>
            <translation>문제를 추가할 단원</translation>
        </message>
        <message>
            <source>(no module: only the question bank)</source>
            <translation>(단원 없음: 문제 은행에만)</translation>
        </message>
        <message>
            <source>Add to module</source>
            <translation>단원에 추가</translation>
        </message>
        <message>
            <source>Add the ticked questions to &amp;module:</source>
            <translation>체크한 문제를 추가할 단원(&amp;M):</translation>
        </message>
        <message>
            <source>[update] </source>
            <translation>[갱신] </translation>
        </message>
        <message>
            <source>Question %d: %s: %s</source>
            <translation>문제 %d: %s: %s</translation>
        </message>
        <message>
            <source>No question is ticked.</source>
            <translation>체크한 문제가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import content or questions</source>
            <translation>콘텐츠나 문제 가져오기</translation>
        </message>
        <message>
            <source>Choose a content pack (.zip), a GIFT file (.gift, .txt) or a Moodle XML file (.xml). You will see what changes before anything is written.</source>
            <translation>콘텐츠 팩(.zip), GIFT 파일(.gift, .txt) 또는 Moodle XML 파일(.xml)을 고르세요. 무엇이든 쓰기 전에 바뀔 내용을 먼저 보여 줍니다.</translation>
        </message>
        <message>
            <source>What the import would change</source>
            <translation>가져오기로 바뀔 내용</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>갱신</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>그대로</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>가져오기 진행 상황</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>중지(&amp;S)</translation>
        </message>
        <message>
            <source>Stop reading or importing: nothing is changed</source>
            <translation>읽기 또는 가져오기를 중지합니다. 아무것도 바뀌지 않습니다</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>파일 고르기(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>가져오기(&amp;I)</translation>
        </message>
        <message>
            <source>Trilemma packs, GIFT, Moodle XML (*.zip *.trilemma *.gift *.txt *.xml);;All files (*)</source>
            <translation>Trilemma 팩, GIFT, Moodle XML (*.zip *.trilemma *.gift *.txt *.xml);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Reading %s…</source>
            <translation>%s 읽는 중…</translation>
        </message>
        <message>
            <source>Stopped. Nothing was changed.</source>
            <translation>중지했습니다. 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>파일을 읽는 중…</translation>
        </message>
        <message>
            <source>Opening the pack…</source>
            <translation>콘텐츠 팩을 여는 중…</translation>
        </message>
        <message>
            <source>Reading the file: %1 of %2</source>
            <translation>파일 읽는 중: %2개 중 %1개</translation>
        </message>
        <message>
            <source>Checking: %1 of %2</source>
            <translation>확인 중: %2개 중 %1개</translation>
        </message>
        <message>
            <source>Comparing with this class: %1 of %2</source>
            <translation>이 학급의 내용과 비교 중: %2개 중 %1개</translation>
        </message>
        <message>
            <source>Saving: %1 of %2</source>
            <translation>저장 중: %2개 중 %1개</translation>
        </message>
        <message>
            <source>Working: %1 of %2</source>
            <translation>처리 중: %2개 중 %1개</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>중지하는 중…</translation>
        </message>
        <message>
            <source>%s — this is what importing it would change:</source>
            <translation>%s — 가져오면 이렇게 바뀝니다:</translation>
        </message>
        <message>
            <source>added</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>갱신</translation>
        </message>
        <message numerus="yes">
            <source>%s: … and %n more</source>
            <translation>
                <numerusform>%s: … 외 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything in this file is already here: nothing would change.</source>
            <translation>이 파일의 내용은 이미 모두 있습니다. 바뀌는 것이 없습니다.</translation>
        </message>
        <message>
            <source>Questions in the file: %d will import, %d skipped</source>
            <translation>파일의 문제: %d개 가져옴, %d개 건너뜀</translation>
        </message>
        <message>
            <source>skipped: %s: %s</source>
            <translation>건너뜀: %s: %s</translation>
        </message>
        <message>
            <source>will import: %s (%s)</source>
            <translation>가져올 문제: %s (%s)</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more will import</source>
            <translation>
                <numerusform>… 외 %n개를 가져옵니다</numerusform>
            </translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing was changed.</source>
            <translation>이 파일은 가져올 수 없습니다. 바뀐 것은 없습니다.</translation>
        </message>
        <message>
            <source>Import refused</source>
            <translation>가져오기 거부됨</translation>
        </message>
        <message>
            <source>Nothing was changed.

%s</source>
            <translation>바뀐 것은 없습니다.

%s</translation>
        </message>
        <message>
            <source>One item was added or updated. Students' progress was kept.</source>
            <translation>항목 1개를 추가하거나 업데이트했습니다. 학생들의 진도는 그대로 유지됩니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n items were added or updated. Students' progress was kept.</source>
            <translation>
                <numerusform>항목 %n개를 추가하거나 업데이트했습니다. 학생들의 진도는 그대로 유지됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>가져오기 완료</translation>
        </message>
    </context>
    <context>
        <name>InterchangeMenu</name>
        <message>
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>Export content &amp;pack…</source>
            <translation>콘텐츠 팩 내보내기(&amp;P)…</translation>
        </message>
        <message>
            <source>Export &amp;questions (GIFT / Moodle XML)…</source>
            <translation>문제 내보내기(&amp;Q) (GIFT / Moodle XML)…</translation>
        </message>
        <message>
            <source>&amp;Print worksheet / answer key / timeline handout (PDF)…</source>
            <translation>학습지 / 정답지 / 연표 자료 인쇄(&amp;P) (PDF)…</translation>
        </message>
        <message>
            <source>Export class &amp;results (CSV / xAPI)…</source>
            <translation>학급 결과 내보내기(&amp;R) (CSV / xAPI)…</translation>
        </message>
        <message>
            <source>Record &amp;store (xAPI)…</source>
            <translation>학습 기록 저장소(&amp;S) (xAPI)…</translation>
        </message>
        <message>
            <source>Teacher mode only (Teacher menu)</source>
            <translation>교사 모드 전용 (교사 메뉴)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Trilemma — China, North Korea and Russia</source>
            <translation>Trilemma — 중국, 북한, 러시아</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>구역</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>연표</translation>
        </message>
        <message>
            <source>Relations at the chosen date</source>
            <translation>선택한 날짜의 관계</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>사건 정보</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>퀴즈</translation>
        </message>
        <message>
            <source>&amp;Explore</source>
            <translation>탐색(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Quiz</source>
            <translation>퀴즈(&amp;Q)</translation>
        </message>
        <message>
            <source>Source: %s</source>
            <translation>출처: %s</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>내 진도</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>진도(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>교사(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Explore the timeline</source>
            <translation>연표 탐색(&amp;E)</translation>
        </message>
        <message>
            <source>Take a &amp;quiz</source>
            <translation>퀴즈 풀기(&amp;Q)</translation>
        </message>
        <message>
            <source>The &amp;relationship map</source>
            <translation>관계도(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>시작하기(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;About Trilemma</source>
            <translation>Trilemma 정보(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Trilemma&lt;/h3&gt;&lt;p&gt;Explore how China, North Korea and Russia relate, and why Beijing is “caught between allies” as Moscow and Pyongyang draw close.&lt;/p&gt;&lt;p&gt;Built from: %s, checked against public reporting. Every event, claim and question shows its sources.&lt;/p&gt;&lt;p&gt;Works offline. Your answers stay on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Trilemma&lt;/h3&gt;&lt;p&gt;중국, 북한, 러시아가 어떤 관계인지, 그리고 모스크바와 평양이 가까워지면서 베이징이 왜 “동맹 사이에 끼었는지” 알아봅니다.&lt;/p&gt;&lt;p&gt;바탕 자료: %s, 공개 보도와 대조해 확인했습니다. 모든 사건, 주장, 문제에 출처가 나옵니다.&lt;/p&gt;&lt;p&gt;인터넷 없이 작동합니다. 답은 이 컴퓨터에만 남습니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Trilemma</source>
            <translation>Trilemma 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;For students&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Open the &lt;b&gt;Quiz&lt;/b&gt; (Ctrl+2) and pick your name, or add it (no password).&lt;/li&gt;&lt;li&gt;Choose a module and press Enter. Keys 1–9 choose an answer, Enter checks it and Enter again goes on. Tick &lt;b&gt;I'm not sure&lt;/b&gt; when you guess.&lt;/li&gt;&lt;li&gt;At the end, &lt;b&gt;Try the questions you missed again&lt;/b&gt; asks them at once; &lt;b&gt;Review due&lt;/b&gt; brings them back on later days.&lt;/li&gt;&lt;li&gt;Explore the timeline (Ctrl+1) and the relationship map (Ctrl+3); &lt;b&gt;Show on timeline&lt;/b&gt; in the feedback takes you to the event.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h3&gt;학생&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;퀴즈&lt;/b&gt;(Ctrl+2)를 열고 자기 이름을 고르거나 새로 추가하세요(비밀번호 없음).&lt;/li&gt;&lt;li&gt;모듈을 고르고 Enter를 누르세요. 1–9 키로 답을 고르고, Enter로 확인하고, 다시 Enter로 넘어갑니다. 짐작으로 답할 때는 &lt;b&gt;잘 모르겠어요&lt;/b&gt;에 표시하세요.&lt;/li&gt;&lt;li&gt;마지막에 &lt;b&gt;틀린 문제 다시 풀기&lt;/b&gt;는 틀린 문제를 바로 다시 묻고, &lt;b&gt;복습할 문제&lt;/b&gt;는 며칠 뒤에 다시 보여 줍니다.&lt;/li&gt;&lt;li&gt;연표(Ctrl+1)와 관계도(Ctrl+3)를 살펴보세요. 피드백의 &lt;b&gt;연표에서 보기&lt;/b&gt;를 누르면 그 사건으로 갑니다.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Mastered&lt;/b&gt;: for each question of a module, the score of your latest answer (a partly right answer counts in part), averaged over the module. An answer in a &lt;b&gt;Try again&lt;/b&gt; round just after seeing the answer does not count: get it right in a later review.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;숙달&lt;/b&gt;: 모듈의 각 문제마다 가장 최근 답의 점수(부분 정답은 일부만 인정)를 모듈 전체로 평균한 값입니다. 답을 본 직후 &lt;b&gt;다시 풀기&lt;/b&gt;에서 맞힌 답은 포함되지 않습니다. 나중에 복습에서 맞혀 보세요.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Text size&lt;/b&gt;: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal. Every key is in Help ▸ Keyboard shortcuts.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;글자 크기&lt;/b&gt;: Ctrl+= 크게, Ctrl+- 작게, Ctrl+0 기본. 모든 키는 도움말 ▸ 키보드 단축키에 있습니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;For teachers&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Teacher ▸ Enter teacher mode… (Ctrl+Shift+T); the first time, choose a PIN.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Editor&lt;/b&gt; (Ctrl+E): change events, questions and modules; Ctrl+Z undoes a step and Ctrl+Shift+Z redoes it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Class results&lt;/b&gt; (Ctrl+R): module averages, the hardest questions and students per mastery band, to project; Export CSV for a spreadsheet.&lt;/li&gt;&lt;li&gt;File ▸ Export: questions for Moodle (GIFT or Moodle XML), worksheets and answer keys as PDF, and content packs for other computers.&lt;/li&gt;&lt;li&gt;Leave teacher mode before the students use the computer.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation>&lt;h3&gt;교사&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;교사 ▸ 교사 모드 들어가기…(Ctrl+Shift+T). 처음에는 PIN을 정하세요.&lt;/li&gt;&lt;li&gt;&lt;b&gt;편집기&lt;/b&gt;(Ctrl+E): 사건, 문제, 모듈을 고칩니다. Ctrl+Z는 한 단계 되돌리고 Ctrl+Shift+Z는 다시 실행합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;학급 결과&lt;/b&gt;(Ctrl+R): 모듈 평균, 가장 어려운 문제, 숙달 구간별 학생 수를 화면에 띄울 수 있습니다. 스프레드시트용 CSV로 내보낼 수 있습니다.&lt;/li&gt;&lt;li&gt;파일 ▸ 내보내기: Moodle용 문제(GIFT 또는 Moodle XML), PDF 학습지와 정답지, 다른 컴퓨터용 콘텐츠 팩.&lt;/li&gt;&lt;li&gt;학생들이 컴퓨터를 쓰기 전에 교사 모드를 끝내세요.&lt;/li&gt;&lt;/ol&gt;</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>시작하기</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>On the timeline</source>
            <translation>연표에서</translation>
        </message>
    </context>
    <context>
        <name>MatchInput</name>
        <message>
            <source>Choose…</source>
            <translation>고르기…</translation>
        </message>
        <message>
            <source>Partner for %1</source>
            <translation>%1의 짝</translation>
        </message>
        <message>
            <source>Choose a partner for every item first.</source>
            <translation>먼저 모든 항목의 짝을 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>ModuleChooser</name>
        <message>
            <source>My pro&amp;gress</source>
            <translation>내 진도(&amp;G)</translation>
        </message>
        <message>
            <source>S&amp;witch student</source>
            <translation>학생 바꾸기(&amp;W)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Modules&lt;/b&gt;: pick one and press Enter, or double-click it.</source>
            <translation>&lt;b&gt;단원&lt;/b&gt;: 하나를 고르고 Enter를 누르거나 두 번 누르세요.</translation>
        </message>
        <message>
            <source>Quiz modules</source>
            <translation>퀴즈 단원</translation>
        </message>
        <message>
            <source>Resume “Try again: %1” at question %2 of %3</source>
            <translation>“다시 풀기: %1”을 %3문제 중 %2번부터 이어서</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>안녕하세요, %1</translation>
        </message>
        <message>
            <source>&amp;Review due (%1)</source>
            <translation>복습할 문제(&amp;R) (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Review due: %n question(s)</source>
            <translation>
                <numerusform>복습할 문제: %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions you missed or were unsure of come back here when due.</source>
            <translation>틀렸거나 확실하지 않았던 문제는 때가 되면 여기로 돌아옵니다.</translation>
        </message>
        <message>
            <source>Nothing due now. Next review: %1</source>
            <translation>지금은 복습할 문제가 없습니다. 다음 복습: %1</translation>
        </message>
        <message>
            <source>Answer some questions: the ones you miss come back here.</source>
            <translation>문제를 풀어 보세요. 틀린 문제는 여기로 돌아옵니다.</translation>
        </message>
        <message numerus="yes">
            <source>Resume at question %1 of %n</source>
            <translation>
                <numerusform>%n문제 중 %1번부터 이어서</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n answered</source>
            <translation>
                <numerusform>%n문제 중 %1문제 답함</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n문제</numerusform>
            </translation>
        </message>
        <message>
            <source>%p % mastered</source>
            <translation>%p % 익힘</translation>
        </message>
    </context>
    <context>
        <name>OrderInput</name>
        <message>
            <source>Events to put in order, earliest first</source>
            <translation>순서대로 놓을 사건 (이른 것부터)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>위로(&amp;U)</translation>
        </message>
        <message>
            <source>Move the chosen event earlier</source>
            <translation>선택한 사건을 앞으로</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>아래로(&amp;D)</translation>
        </message>
        <message>
            <source>Move the chosen event later</source>
            <translation>선택한 사건을 뒤로</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Choose a teacher PIN</source>
            <translation>교사 PIN 정하기</translation>
        </message>
        <message>
            <source>Enter teacher mode</source>
            <translation>교사 모드 들어가기</translation>
        </message>
        <message>
            <source>Change the teacher PIN</source>
            <translation>교사 PIN 바꾸기</translation>
        </message>
        <message>
            <source>No teacher PIN is set on this computer yet. Choose one (at least %d characters) and keep it from students: it opens the editor and the class results.</source>
            <translation>이 컴퓨터에는 아직 교사 PIN이 없습니다. PIN을 정하고(%d자 이상) 학생들에게 알리지 마세요. 이 PIN으로 편집기와 학급 결과를 엽니다.</translation>
        </message>
        <message>
            <source>Type the teacher PIN.</source>
            <translation>교사 PIN을 입력하세요.</translation>
        </message>
        <message>
            <source>Type the current PIN, then the new one twice.</source>
            <translation>현재 PIN을 입력한 뒤 새 PIN을 두 번 입력하세요.</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>현재 PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>새 PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>새 PIN 다시</translation>
        </message>
        <message>
            <source>&amp;Current PIN:</source>
            <translation>현재 PIN(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>새 PIN(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>다시(&amp;A):</translation>
        </message>
        <message>
            <source>⚠ Wrong PIN. Try again in %d s.</source>
            <translation>⚠ PIN이 틀렸습니다. %d초 뒤에 다시 해 보세요.</translation>
        </message>
        <message>
            <source>You may try again.</source>
            <translation>다시 해 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>The two new PINs differ. Type the same PIN twice.</source>
            <translation>새 PIN 두 개가 다릅니다. 같은 PIN을 두 번 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>PresentWindow</name>
        <message>
            <source>Present: %1</source>
            <translation>발표: %1</translation>
        </message>
        <message>
            <source>The story, presented</source>
            <translation>발표 중인 이야기</translation>
        </message>
        <message>
            <source>→ or Space: next stop   ← : previous   Esc: leave</source>
            <translation>→ 또는 Space: 다음 정류장   ←: 이전   Esc: 나가기</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation>확인: %1</translation>
        </message>
    </context>
    <context>
        <name>ProfilePicker</name>
        <message>
            <source>Who is learning?</source>
            <translation>누가 공부하나요?</translation>
        </message>
        <message>
            <source>Pick your name, or add it if you are new. No password: your answers stay on this computer.</source>
            <translation>이름을 고르거나, 처음이면 이름을 추가하세요. 비밀번호는 없습니다. 답은 이 컴퓨터에만 남습니다.</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <source>Arrow keys choose a name, Enter starts</source>
            <translation>화살표 키로 이름을 고르고 Enter로 시작합니다</translation>
        </message>
        <message>
            <source>&amp;Start as this student</source>
            <translation>이 학생으로 시작(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>이름 바꾸기(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;New student:</source>
            <translation>새 학생(&amp;N):</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>내 이름</translation>
        </message>
        <message>
            <source>Name of a new student</source>
            <translation>새 학생의 이름</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>추가(&amp;A)</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>이름 바꾸기</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>새 이름:</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>A chart of your own results, in percent</source>
            <translation>내 결과를 백분율로 보여 주는 그래프</translation>
        </message>
        <message>
            <source>Score per module (%)</source>
            <translation>단원별 점수 (%)</translation>
        </message>
        <message>
            <source>Mastery over time (%)</source>
            <translation>시간에 따른 숙달도 (%)</translation>
        </message>
        <message>
            <source>Weak spots on the timeline</source>
            <translation>연표의 약한 부분</translation>
        </message>
        <message>
            <source>Questions you missed most often</source>
            <translation>가장 자주 틀린 문제</translation>
        </message>
        <message>
            <source>One line per question, the most missed first</source>
            <translation>문제마다 한 줄, 가장 많이 틀린 문제부터</translation>
        </message>
        <message>
            <source>Most missed questions</source>
            <translation>가장 많이 틀린 문제</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>진도</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>답 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fully right</source>
            <translation>
                <numerusform>완전히 맞음 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n different question(s)</source>
            <translation>
                <numerusform>서로 다른 문제 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) behind questions you got wrong (click to see one on the timeline):</source>
            <translation>
                <numerusform>틀린 문제와 관련된 사건 %n개 (누르면 연표에서 볼 수 있음):</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the q&amp;uiz</source>
            <translation>퀴즈로 돌아가기(&amp;U)</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:14pt'&gt;Nobody has picked a name yet.&lt;/p&gt;&lt;p&gt;Pick your name in the &lt;b&gt;Quiz&lt;/b&gt; tab; your scores, your progress over time and the events to look at again will appear here.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:14pt'&gt;아직 아무도 이름을 고르지 않았습니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;퀴즈&lt;/b&gt; 탭에서 이름을 고르세요. 점수, 시간에 따른 진도, 다시 볼 사건이 여기에 나옵니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>%1's progress</source>
            <translation>%1의 진도</translation>
        </message>
        <message>
            <source>%1 (missed %2 of %3)</source>
            <translation>%1 (%3번 중 %2번 틀림)</translation>
        </message>
        <message>
            <source>Nothing missed yet.</source>
            <translation>아직 틀린 문제가 없습니다.</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>시작 안 함</translation>
        </message>
        <message>
            <source>Answer some questions to see your mastery grow.</source>
            <translation>문제를 풀면 숙달도가 자라는 것을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>No weak spots: every question you answered is right now.</source>
            <translation>약한 부분이 없습니다. 푼 문제가 지금 모두 맞습니다.</translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation> 외 %1개</translation>
        </message>
    </context>
    <context>
        <name>QuestionPreviewWidget</name>
        <message>
            <source>Preview: the question as a student sees it</source>
            <translation>미리 보기: 학생에게 보이는 문제</translation>
        </message>
        <message>
            <source>&lt;b&gt;Preview&lt;/b&gt; — what a student sees</source>
            <translation>&lt;b&gt;미리 보기&lt;/b&gt; — 학생에게 보이는 모습</translation>
        </message>
        <message>
            <source>Question preview</source>
            <translation>문제 미리 보기</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>답을 하나 고르세요.</translation>
        </message>
        <message>
            <source>Choose every right answer.</source>
            <translation>맞는 답을 모두 고르세요.</translation>
        </message>
        <message>
            <source>(no question text yet)</source>
            <translation>(아직 문제 글이 없음)</translation>
        </message>
        <message>
            <source>True</source>
            <translation>참</translation>
        </message>
        <message>
            <source>False</source>
            <translation>거짓</translation>
        </message>
        <message>
            <source>Type a year:</source>
            <translation>연도를 입력하세요:</translation>
        </message>
        <message>
            <source>Place it on the timeline (drag the marker).</source>
            <translation>연표에 표시하세요 (표시를 끌어 놓기).</translation>
        </message>
        <message>
            <source>Type your answer:</source>
            <translation>답을 입력하세요:</translation>
        </message>
        <message>
            <source>Put these in order, earliest first:</source>
            <translation>이른 것부터 순서대로 놓으세요:</translation>
        </message>
        <message>
            <source>Match each item on the left with one on the right:</source>
            <translation>왼쪽 항목마다 오른쪽에서 짝을 고르세요:</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>This question cannot be shown: unknown type “%1”.</source>
            <translation>이 문제를 보여 줄 수 없습니다: 알 수 없는 유형 “%1”.</translation>
        </message>
        <message>
            <source>&amp;Check answer</source>
            <translation>정답 확인(&amp;C)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Check answer</source>
            <translation>정답 확인</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–9), then press Enter.</source>
            <translation>답을 하나 고르고(1–9 키) Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Choose every answer that applies (keys 1–9), then press Enter.</source>
            <translation>해당하는 답을 모두 고르고(1–9 키) Enter를 누르세요.</translation>
        </message>
        <message>
            <source>True or false? Press 1 or 2, then Enter.</source>
            <translation>참일까요, 거짓일까요? 1 또는 2를 누르고 Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Put the events in order, earliest first: drag them, or use Alt+Up and Alt+Down.</source>
            <translation>사건을 이른 것부터 순서대로 놓으세요. 끌어 놓거나 Alt+위, Alt+아래를 쓰세요.</translation>
        </message>
        <message>
            <source>Choose the partner of each item.</source>
            <translation>항목마다 짝을 고르세요.</translation>
        </message>
        <message>
            <source>Place the marker on the year and month it happened.</source>
            <translation>일어난 연도와 달에 표시를 놓으세요.</translation>
        </message>
        <message>
            <source>Place the marker in the year it happened: any month of that year gets full credit.</source>
            <translation>사건이 일어난 해에 표시를 놓으세요: 그해의 어느 달이든 만점입니다.</translation>
        </message>
        <message>
            <source>Place the marker on the month it happened: only the right month gets full credit.</source>
            <translation>사건이 일어난 달에 표시를 놓으세요: 정확한 달만 만점입니다.</translation>
        </message>
        <message numerus="yes">
            <source>Place the marker on the year and month it happened: full credit within %n month(s).</source>
            <translation>
                <numerusform>사건이 일어난 연도와 달에 표시를 놓으세요: %n개월 이내면 만점입니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type a short answer, then press Enter.</source>
            <translation>짧은 답을 입력하고 Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Type the year, then press Enter.</source>
            <translation>연도를 입력하고 Enter를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>RecordStoreDialog</name>
        <message>
            <source>Learning record store (xAPI)</source>
            <translation>학습 기록 저장소 (xAPI)</translation>
        </message>
        <message>
            <source>Answers can be sent to your school's learning record store as xAPI statements, under each student's pseudonym (never the name). Leave the address empty and Trilemma sends nothing anywhere.</source>
            <translation>답은 xAPI 문장으로 학교의 학습 기록 저장소에 보낼 수 있으며, 학생 이름 대신 가명을 씁니다. 주소를 비워 두면 Trilemma는 아무 데도 아무것도 보내지 않습니다.</translation>
        </message>
        <message>
            <source>Record store address</source>
            <translation>기록 저장소 주소</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>비밀 값</translation>
        </message>
        <message>
            <source>School home page</source>
            <translation>학교 홈페이지</translation>
        </message>
        <message>
            <source>Activity address</source>
            <translation>활동 주소</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>주소(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>키(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>비밀 값(&amp;S):</translation>
        </message>
        <message>
            <source>School &amp;home page:</source>
            <translation>학교 홈페이지(&amp;H):</translation>
        </message>
        <message>
            <source>A&amp;ctivity address:</source>
            <translation>활동 주소(&amp;C):</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>지금 보내기(&amp;N)</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>설정이 저장되지 않음</translation>
        </message>
        <message>
            <source>Nothing was saved.

%s</source>
            <translation>아무것도 저장하지 않았습니다.

%s</translation>
        </message>
        <message>
            <source>Not sent: %s. The statements are kept and will be tried again.
%s</source>
            <translation>보내지 못함: %s. 문장은 남겨 두었다가 다시 보냅니다.
%s</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n statement(s).</source>
            <translation>
                <numerusform>문장 %n개를 보냈습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting. Last problem: %1.</source>
            <translation>
                <numerusform>문장 %n개가 기다리는 중입니다. 마지막 문제: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) waiting to be sent; %1 delivered.</source>
            <translation>
                <numerusform>보낼 문장 %n개, 전달된 문장 %1개.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send yet: statements are recorded as students answer.</source>
            <translation>아직 보낼 것이 없습니다. 학생이 답하면 문장이 기록됩니다.</translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered (last at %1).</source>
            <translation>
                <numerusform>문장 %n개를 모두 전달했습니다 (마지막: %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n statement(s) delivered.</source>
            <translation>
                <numerusform>문장 %n개를 모두 전달했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>No record store is set up: nothing is sent anywhere.</source>
            <translation>기록 저장소가 설정되지 않았습니다. 아무 데도 아무것도 보내지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Trilemma: the database cannot be opened</source>
            <translation>Trilemma: 데이터베이스를 열 수 없습니다</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>백업 복원</translation>
        </message>
        <message>
            <source>Start fresh</source>
            <translation>새로 시작</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>The database {0} is damaged.</source>
            <translation>데이터베이스 {0}이(가) 손상되었습니다.</translation>
        </message>
        <message>
            <source>The database {0} was made by a newer version of Trilemma.</source>
            <translation>데이터베이스 {0}은(는) 더 새로운 버전의 Trilemma로 만들어졌습니다.</translation>
        </message>
        <message>
            <source>The database {0} is busy in another Trilemma window or program.</source>
            <translation>데이터베이스 {0}을(를) 다른 Trilemma 창이나 프로그램이 쓰고 있습니다.</translation>
        </message>
        <message>
            <source>The database {0} cannot be used.</source>
            <translation>데이터베이스 {0}을(를) 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>You can restore the automatic backup from {0}.</source>
            <translation>{0}의 자동 백업을 복원할 수 있습니다.</translation>
        </message>
        <message>
            <source>There is no automatic backup left to restore.</source>
            <translation>복원할 자동 백업이 없습니다.</translation>
        </message>
        <message>
            <source>Or start fresh with the built-in content. Either way the damaged file is kept beside the database with "damaged" in its name, so nothing is thrown away.</source>
            <translation>또는 기본 내용으로 새로 시작하세요. 어느 쪽이든 손상된 파일은 이름에 "damaged"를 붙여 데이터베이스 옆에 남겨 두므로 버려지는 것은 없습니다.</translation>
        </message>
        <message>
            <source>It was not opened and not changed. Update Trilemma to open it, or start Trilemma with another file (--db FILE).</source>
            <translation>열지 않았고 바꾸지도 않았습니다. Trilemma를 업데이트해서 열거나, 다른 파일로 Trilemma를 시작하세요 (--db FILE).</translation>
        </message>
        <message>
            <source>Close the other window, then try again. Nothing was changed.</source>
            <translation>다른 창을 닫고 다시 해 보세요. 바뀐 것은 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>RelationGraphView</name>
        <message>
            <source>Relationship map</source>
            <translation>관계도</translation>
        </message>
        <message>
            <source>Use the arrow keys to move between countries and relations, Enter to open one.</source>
            <translation>화살표 키로 나라와 관계 사이를 옮겨 다니고, Enter로 엽니다.</translation>
        </message>
        <message>
            <source>%s: press Enter to list its relations</source>
            <translation>%s: Enter를 누르면 관계 목록이 나옵니다</translation>
        </message>
        <message>
            <source>%1 and %2: %3, %4, strength %5 of 5</source>
            <translation>%1와(과) %2: %3, %4, 강도 5 중 %5</translation>
        </message>
        <message>
            <source>, one-sided: %1 → %2</source>
            <translation>, 일방적: %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>RelationHistoryWidget</name>
        <message>
            <source>Relation history</source>
            <translation>관계의 역사</translation>
        </message>
        <message>
            <source>Click a line on the map (or select it with the arrow keys and press Enter) to see how that pair's relations changed over time. Click a country to list its relations.</source>
            <translation>관계도의 선을 누르면(또는 화살표 키로 고르고 Enter) 두 나라의 관계가 어떻게 변했는지 보입니다. 나라를 누르면 그 나라의 관계 목록이 나옵니다.</translation>
        </message>
        <message>
            <source>%1 and %2 over time</source>
            <translation>시간에 따른 %1와(과) %2</translation>
        </message>
        <message>
            <source>No relation between them is recorded.</source>
            <translation>둘 사이에 기록된 관계가 없습니다.</translation>
        </message>
        <message>
            <source>No relation recorded at this date.</source>
            <translation>이 날짜에 기록된 관계가 없습니다.</translation>
        </message>
        <message>
            <source>◀ holds at %1</source>
            <translation>◀ %1에 유효</translation>
        </message>
        <message>
            <source>Began with</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Ended with</source>
            <translation>끝</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2의 %1</translation>
        </message>
        <message>
            <source>All its relations over time</source>
            <translation>시간에 따른 모든 관계</translation>
        </message>
        <message>
            <source>strength %1 of 5</source>
            <translation>강도 5 중 %1</translation>
        </message>
        <message>
            <source>The article says</source>
            <translation>기사 내용</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
    </context>
    <context>
        <name>RelationLegendWidget</name>
        <message>
            <source>Legend</source>
            <translation>범례</translation>
        </message>
        <message>
            <source>thicker = stronger</source>
            <translation>굵을수록 = 강함</translation>
        </message>
        <message>
            <source>A thicker line means a stronger relation</source>
            <translation>선이 굵을수록 관계가 강합니다</translation>
        </message>
        <message>
            <source>arrow = one-sided</source>
            <translation>화살표 = 일방적</translation>
        </message>
        <message>
            <source>An arrow marks a one-sided relation: it points from the side that gives or acts</source>
            <translation>화살표는 일방적 관계를 뜻합니다. 주거나 행동하는 쪽에서 나갑니다</translation>
        </message>
        <message>
            <source>A thicker line means a stronger relation; an arrow marks a one-sided relation.</source>
            <translation>선이 굵을수록 관계가 강하고, 화살표는 일방적 관계를 뜻합니다.</translation>
        </message>
    </context>
    <context>
        <name>RelationsPanel</name>
        <message>
            <source>Relations between the countries</source>
            <translation>나라 사이의 관계</translation>
        </message>
        <message>
            <source>Relations at the chosen date, as a table</source>
            <translation>선택한 날짜의 관계 (표)</translation>
        </message>
        <message>
            <source>C&amp;ompare two dates</source>
            <translation>두 날짜 비교(&amp;O)</translation>
        </message>
        <message>
            <source>Click a line to see that pair's history, or a country to list its relations. Keyboard: Tab to the map, arrow keys to move, Enter to open.</source>
            <translation>선을 누르면 두 나라의 역사를, 나라를 누르면 그 관계 목록을 봅니다. 키보드: Tab으로 관계도로 가서 화살표 키로 옮기고 Enter로 엽니다.</translation>
        </message>
        <message>
            <source>Ways to see the relations</source>
            <translation>관계를 보는 방법</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>관계도(&amp;M)</translation>
        </message>
        <message>
            <source>T&amp;able</source>
            <translation>표(&amp;A)</translation>
        </message>
        <message>
            <source>The history of %1 and %2 is shown beside the map.</source>
            <translation>%1와(과) %2의 관계 역사가 지도 옆에 나옵니다.</translation>
        </message>
        <message>
            <source>The relations of %1 are shown beside the map; the timeline now shows only the lane of %1.</source>
            <translation>%1의 관계가 지도 옆에 나옵니다. 연표는 이제 %1의 줄만 보여 줍니다.</translation>
        </message>
        <message>
            <source>The relations of %1 are shown beside the map.</source>
            <translation>%1의 관계가 지도 옆에 나옵니다.</translation>
        </message>
        <message>
            <source>The event is selected on the timeline and shown in the event details.</source>
            <translation>사건이 연표에서 선택되고 사건 정보에 나옵니다.</translation>
        </message>
    </context>
    <context>
        <name>RelationsTableModel</name>
        <message>
            <source>Pair</source>
            <translation>두 나라</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>강도</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>방향</translation>
        </message>
        <message>
            <source>Since – until</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>5 중 %1</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>양방향</translation>
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Question</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>문제 글</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>단원</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>답한 횟수</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>정답</translation>
        </message>
        <message>
            <source>Most common wrong answer</source>
            <translation>가장 흔한 오답</translation>
        </message>
        <message>
            <source>Times given</source>
            <translation>나온 횟수</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>가명</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>답</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>단원</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Class average</source>
            <translation>학급 평균</translation>
        </message>
    </context>
    <context>
        <name>SessionWidget</name>
        <message>
            <source>Back to the modules (your place is kept)</source>
            <translation>단원 목록으로 돌아가기 (하던 곳은 남아 있음)</translation>
        </message>
        <message>
            <source>Progress through the quiz</source>
            <translation>퀴즈 진행</translation>
        </message>
        <message>
            <source>Back to the &amp;modules</source>
            <translation>단원으로 돌아가기(&amp;M)</translation>
        </message>
        <message>
            <source>← &amp;Back to modules</source>
            <translation>← 단원으로(&amp;B)</translation>
        </message>
        <message>
            <source>See my pro&amp;gress</source>
            <translation>내 진도 보기(&amp;G)</translation>
        </message>
        <message>
            <source>I'm not &amp;sure</source>
            <translation>잘 모르겠어요(&amp;S)</translation>
        </message>
        <message>
            <source>Tick this if you guessed: the question will come back sooner for review.</source>
            <translation>찍었다면 체크하세요. 이 문제가 더 빨리 복습으로 돌아옵니다.</translation>
        </message>
        <message>
            <source>Try again: %1</source>
            <translation>다시 풀기: %1</translation>
        </message>
        <message>
            <source>Review: questions due again</source>
            <translation>복습: 다시 풀 문제</translation>
        </message>
        <message numerus="yes">
            <source>&lt;h2&gt;Well done: you finished “%1”.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;%2 of %n answer(s) fully right, %3 points of %n.&lt;/p&gt;&lt;p&gt;Questions you missed come back in &lt;b&gt;Review due&lt;/b&gt;.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;h2&gt;잘했어요: “%1”을(를) 마쳤습니다.&lt;/h2&gt;&lt;p style='font-size:13pt'&gt;답 %n개 중 %2개 완전히 맞음, 점수 %n점 중 %3점.&lt;/p&gt;&lt;p&gt;틀린 문제는 &lt;b&gt;복습할 문제&lt;/b&gt;에 다시 나옵니다.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Quiz finished</source>
            <translation>퀴즈 끝</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>%2문제 중 %1번</translation>
        </message>
        <message>
            <source>This quiz went on in another window where you are also working, so it continues here at the question it has reached. Your answers there are kept.</source>
            <translation>이 퀴즈는 함께 열어 둔 다른 창에서 계속 진행되었으므로, 여기서도 그 창이 도달한 문제부터 이어집니다. 그 창에서 한 답은 저장되어 있습니다.</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>끝</translation>
        </message>
        <message>
            <source>Try the %1 you missed &amp;again</source>
            <translation>틀린 %1문제 다시 풀기(&amp;A)</translation>
        </message>
        <message>
            <source>Try again now the questions you missed or were unsure of</source>
            <translation>틀렸거나 확신이 없던 문제를 지금 다시 풀기</translation>
        </message>
    </context>
    <context>
        <name>SourceCopy</name>
        <message>
            <source>a copy of %1's report</source>
            <translation>%1 보도의 전재본</translation>
        </message>
        <message>
            <source>a copy through an aggregator</source>
            <translation>뉴스 수집 사이트를 통한 전재본</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The shared content pack was not used: %1</source>
            <translation>공유 콘텐츠 팩을 쓰지 않았습니다: %1</translation>
        </message>
        <message>
            <source>The content of this version was not added: %1</source>
            <translation>이 버전의 내용을 추가하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>Content updated with this version: %1 new, %2 revised.</source>
            <translation>이 버전으로 내용이 업데이트되었습니다: 새 항목 %1개, 수정 %2개.</translation>
        </message>
        <message>
            <source>Items you edited were kept as you left them: %1.</source>
            <translation>직접 편집한 항목은 그대로 두었습니다: %1개.</translation>
        </message>
    </context>
    <context>
        <name>StopView</name>
        <message>
            <source>The claims it rests on</source>
            <translation>근거가 되는 주장</translation>
        </message>
        <message>
            <source>For discussion</source>
            <translation>토론</translation>
        </message>
        <message>
            <source>Stop %1 of %2</source>
            <translation>%2개 중 %1번째 정류장</translation>
        </message>
        <message>
            <source>In the article: %1</source>
            <translation>기사에서: %1</translation>
        </message>
        <message>
            <source>Background: not in the article itself</source>
            <translation>배경: 기사 자체에는 없음</translation>
        </message>
        <message>
            <source>On the timeline: %1</source>
            <translation>연표에서: %1</translation>
        </message>
        <message>
            <source>For discussion: %1</source>
            <translation>토론: %1</translation>
        </message>
    </context>
    <context>
        <name>StoryController</name>
        <message>
            <source>The &amp;story: a guided walk through the article</source>
            <translation>이야기(&amp;S): 기사의 논지를 따라가는 안내</translation>
        </message>
        <message>
            <source>&amp;Present the story</source>
            <translation>이야기 발표(&amp;P)</translation>
        </message>
        <message>
            <source>The story</source>
            <translation>이야기</translation>
        </message>
    </context>
    <context>
        <name>StoryPanel</name>
        <message>
            <source>&amp;Story:</source>
            <translation>이야기(&amp;S):</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>이야기</translation>
        </message>
        <message>
            <source>Contents: chapters and stops</source>
            <translation>목차: 장과 정류장</translation>
        </message>
        <message>
            <source>This stop</source>
            <translation>이 정류장</translation>
        </message>
        <message>
            <source>There are no stories yet. A teacher can write one in the editor.</source>
            <translation>아직 이야기가 없습니다. 교사가 편집기에서 만들 수 있습니다.</translation>
        </message>
        <message>
            <source>&amp;Previous stop</source>
            <translation>이전 정류장(&amp;P)</translation>
        </message>
        <message>
            <source>Previous stop</source>
            <translation>이전 정류장</translation>
        </message>
        <message>
            <source>Page Up</source>
            <translation>Page Up</translation>
        </message>
        <message>
            <source>&amp;Next stop</source>
            <translation>다음 정류장(&amp;N)</translation>
        </message>
        <message>
            <source>Next stop</source>
            <translation>다음 정류장</translation>
        </message>
        <message>
            <source>Page Down</source>
            <translation>Page Down</translation>
        </message>
        <message>
            <source>E&amp;xplore from here</source>
            <translation>여기서부터 탐색(&amp;X)</translation>
        </message>
        <message>
            <source>Leave the story and explore from this view</source>
            <translation>이야기를 떠나 지금 화면에서 탐색하기</translation>
        </message>
        <message>
            <source>Pr&amp;esent</source>
            <translation>발표(&amp;E)</translation>
        </message>
        <message>
            <source>Present the story full screen</source>
            <translation>이야기를 전체 화면으로 발표</translation>
        </message>
        <message>
            <source>&amp;Handout…</source>
            <translation>유인물(&amp;H)…</translation>
        </message>
        <message>
            <source>Print the story as a handout (PDF)</source>
            <translation>이야기를 유인물(PDF)로 인쇄</translation>
        </message>
        <message>
            <source>Chapter %1</source>
            <translation>%1장</translation>
        </message>
        <message>
            <source>Story handout</source>
            <translation>이야기 유인물</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The handout was not written: %1</source>
            <translation>유인물을 저장하지 못했습니다: %1</translation>
        </message>
        <message numerus="yes">
            <source>Handout saved: %1 (%n page(s)).</source>
            <translation>
                <numerusform>유인물을 저장했습니다: %1 (%n쪽).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeacherModeController</name>
        <message>
            <source>&amp;Enter teacher mode…</source>
            <translation>교사 모드 들어가기(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Leave teacher mode</source>
            <translation>교사 모드 나가기(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Change PIN…</source>
            <translation>PIN 바꾸기(&amp;C)…</translation>
        </message>
        <message>
            <source>Open the e&amp;ditor</source>
            <translation>편집기 열기(&amp;D)</translation>
        </message>
        <message>
            <source>Class &amp;results</source>
            <translation>학급 결과(&amp;R)</translation>
        </message>
        <message>
            <source>Teacher mode is on</source>
            <translation>교사 모드 켜짐</translation>
        </message>
        <message>
            <source>The PIN was changed.</source>
            <translation>PIN을 바꿨습니다.</translation>
        </message>
        <message>
            <source>E&amp;ditor</source>
            <translation>편집기(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>TextAnswerInput</name>
        <message>
            <source>Your answer: a year</source>
            <translation>답: 연도</translation>
        </message>
        <message>
            <source>Type your answer</source>
            <translation>답을 입력하세요</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>내 답</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>Enter a year first.</source>
            <translation>먼저 연도를 입력하세요.</translation>
        </message>
        <message>
            <source>Type an answer first.</source>
            <translation>먼저 답을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>TimelineInput</name>
        <message>
            <source>Year axis: drag or click to place the marker</source>
            <translation>연도 축: 끌거나 눌러서 표시를 놓으세요</translation>
        </message>
        <message>
            <source>Year?</source>
            <translation>연도?</translation>
        </message>
        <message>
            <source>Year of the marker</source>
            <translation>표시의 연도</translation>
        </message>
        <message>
            <source>Month?</source>
            <translation>달?</translation>
        </message>
        <message>
            <source>Month of the marker</source>
            <translation>표시의 달</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>연도(&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>달(&amp;M):</translation>
        </message>
        <message>
            <source>Drag the marker, click the axis, or type a year and a month.</source>
            <translation>표시를 끌거나, 축을 누르거나, 연도와 달을 입력하세요.</translation>
        </message>
        <message>
            <source>right: %1</source>
            <translation>정답: %1</translation>
        </message>
        <message>
            <source>Place the marker first.</source>
            <translation>먼저 표시를 놓으세요.</translation>
        </message>
    </context>
    <context>
        <name>TimelineSearchBox</name>
        <message>
            <source>Search events…</source>
            <translation>사건 검색…</translation>
        </message>
        <message>
            <source>Search events</source>
            <translation>사건 검색</translation>
        </message>
        <message>
            <source>Type a few letters, then choose an event (Enter takes the first)</source>
            <translation>몇 글자를 입력한 뒤 사건을 고르세요 (Enter는 첫 번째를 고릅니다)</translation>
        </message>
        <message>
            <source>Claim: %s</source>
            <translation>주장: %s</translation>
        </message>
    </context>
    <context>
        <name>TimelineToolBar</name>
        <message>
            <source>Timeline tools</source>
            <translation>연표 도구</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>줄</translation>
        </message>
        <message>
            <source>Choose which actors' lanes to show</source>
            <translation>어느 당사자의 줄을 보일지 고르세요</translation>
        </message>
        <message>
            <source>Theme filter</source>
            <translation>주제 거르기</translation>
        </message>
        <message>
            <source>Theme filter:</source>
            <translation>주제 거르기:</translation>
        </message>
        <message>
            <source>Show only events with this theme</source>
            <translation>이 주제의 사건만 보기</translation>
        </message>
        <message>
            <source>Zoom to era</source>
            <translation>시기로 확대</translation>
        </message>
        <message>
            <source>Zoom the timeline to one era</source>
            <translation>연표를 한 시기로 확대</translation>
        </message>
        <message>
            <source>Fit all</source>
            <translation>전체 보기</translation>
        </message>
        <message>
            <source>Show every event (Home)</source>
            <translation>모든 사건 보기 (Home)</translation>
        </message>
        <message>
            <source>Zoom out (−)</source>
            <translation>축소 (−)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>축소</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>확대 (+)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>확대</translation>
        </message>
        <message>
            <source>Back to the previous view (Alt+Left)</source>
            <translation>이전 보기로 (Alt+Left)</translation>
        </message>
        <message>
            <source>Previous view</source>
            <translation>이전 보기</translation>
        </message>
        <message>
            <source>Forward to the next view (Alt+Right)</source>
            <translation>다음 보기로 (Alt+Right)</translation>
        </message>
        <message>
            <source>Next view</source>
            <translation>다음 보기</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Save the current view as a picture</source>
            <translation>지금 보기를 그림으로 저장</translation>
        </message>
        <message>
            <source>As PNG image…</source>
            <translation>PNG 그림으로…</translation>
        </message>
        <message>
            <source>As SVG drawing…</source>
            <translation>SVG 그림으로…</translation>
        </message>
        <message>
            <source>List</source>
            <translation>목록</translation>
        </message>
        <message>
            <source>Show the events as a list (for screen readers and keyboards)</source>
            <translation>사건을 목록으로 보기 (화면 낭독기와 키보드용)</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>원</translation>
        </message>
        <message>
            <source>square</source>
            <translation>네모</translation>
        </message>
        <message>
            <source>diamond</source>
            <translation>마름모</translation>
        </message>
        <message>
            <source>Legend: </source>
            <translation>범례: </translation>
        </message>
        <message>
            <source>Show all lanes</source>
            <translation>모든 줄 보기</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>모든 주제</translation>
        </message>
        <message>
            <source>From the article</source>
            <translation>기사 내용</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>배경</translation>
        </message>
        <message>
            <source>After the article</source>
            <translation>기사 이후</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Timeline</source>
            <translation>연표</translation>
        </message>
        <message>
            <source>Events from 1950 to today in one lane per actor. Keys: </source>
            <translation>1950년부터 오늘까지의 사건, 당사자마다 한 줄. 키: </translation>
        </message>
        <message>
            <source>The List button shows the same events as a table.</source>
            <translation>목록 단추는 같은 사건을 표로 보여 줍니다.</translation>
        </message>
        <message>
            <source>Scroll the lanes</source>
            <translation>줄 스크롤</translation>
        </message>
        <message>
            <source>Nothing found for “%s”</source>
            <translation>“%s”에 대한 결과가 없습니다</translation>
        </message>
        <message>
            <source>Eras</source>
            <translation>시기</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Choose a file ending in .png or .svg, not “%s”</source>
            <translation>“%s” 말고 .png나 .svg로 끝나는 파일을 고르세요</translation>
        </message>
        <message>
            <source>Could not write %s: there is no such folder</source>
            <translation>%s을(를) 쓸 수 없습니다: 그런 폴더가 없습니다</translation>
        </message>
        <message>
            <source>Could not write %s</source>
            <translation>%s을(를) 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>The timeline view was saved to %1.</source>
            <translation>연표 보기를 %1에 저장했습니다.</translation>
        </message>
        <message>
            <source>Trilemma timeline</source>
            <translation>Trilemma 연표</translation>
        </message>
        <message>
            <source>Timeline: %1, %2, %3, %4 of %5</source>
            <translation>연표: %1, %2, %3, %5개 중 %4번째</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>날짜: %1</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 그림 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 그림 (*.svg)</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>연표 내보내기</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Next / previous event in time</source>
            <translation>시간상 다음 / 이전 사건</translation>
        </message>
        <message>
            <source>Nearest event in the lane above / below</source>
            <translation>위 / 아래 줄에서 가장 가까운 사건</translation>
        </message>
        <message>
            <source>Pan a little earlier / later</source>
            <translation>조금 이르게 / 늦게 이동</translation>
        </message>
        <message>
            <source>Pan a whole screen</source>
            <translation>한 화면만큼 이동</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>확대 / 축소</translation>
        </message>
        <message>
            <source>+ / −, mouse wheel</source>
            <translation>+ / −, 마우스 휠</translation>
        </message>
        <message>
            <source>Right-drag or Shift+drag</source>
            <translation>오른쪽 버튼 끌기 또는 Shift+끌기</translation>
        </message>
        <message>
            <source>Zoom to the dragged range</source>
            <translation>끌어서 고른 범위로 확대</translation>
        </message>
        <message>
            <source>Fit all events</source>
            <translation>모든 사건 보기</translation>
        </message>
        <message>
            <source>Back / forward through earlier views</source>
            <translation>이전 보기로 뒤로 / 앞으로</translation>
        </message>
        <message>
            <source>Centre the selected event</source>
            <translation>선택한 사건을 가운데로</translation>
        </message>
        <message>
            <source>Clear the selection</source>
            <translation>선택 해제</translation>
        </message>
        <message>
            <source>Move the date cursor earlier / later</source>
            <translation>날짜 표시를 앞으로 / 뒤로</translation>
        </message>
        <message>
            <source>Put the date cursor on the selected event</source>
            <translation>날짜 표시를 선택한 사건에 놓기</translation>
        </message>
        <message>
            <source>Leave the timeline</source>
            <translation>연표에서 나가기</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>opens this event in the details and selects it on the timeline</source>
            <translation>이 사건을 정보 창에 열고 연표에서 선택합니다</translation>
        </message>
        <message>
            <source>opens the history of these two countries</source>
            <translation>두 나라의 관계 역사를 엽니다</translation>
        </message>
        <message>
            <source>goes to another part of the app</source>
            <translation>앱의 다른 곳으로 갑니다</translation>
        </message>
        <message>
            <source>a web address, %1, shown but not opened: the app works offline</source>
            <translation>웹 주소 %1, 보여 주기만 하고 열지 않습니다: 앱은 오프라인으로 작동합니다</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>링크: %1</translation>
        </message>
    </context>
    <context>
        <name>ClaimStatus</name>
        <message>
            <source>Confirmed</source>
            <translation>확인됨</translation>
        </message>
        <message>
            <source>Public reporting confirms what the article says.</source>
            <translation>공개 보도가 기사의 내용을 확인합니다.</translation>
        </message>
        <message>
            <source>Contested</source>
            <translation>논란 있음</translation>
        </message>
        <message>
            <source>Sources disagree, or confirm it only in part.</source>
            <translation>출처들의 말이 다르거나 일부만 확인합니다.</translation>
        </message>
        <message>
            <source>Outdated</source>
            <translation>시효 지남</translation>
        </message>
        <message>
            <source>True when written, overtaken by later events.</source>
            <translation>작성 당시에는 사실이었으나 이후 사건으로 바뀌었습니다.</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>의견</translation>
        </message>
        <message>
            <source>The author's interpretation, not a checkable fact.</source>
            <translation>저자의 해석이며 확인할 수 있는 사실이 아닙니다.</translation>
        </message>
        <message>
            <source>Incorrect</source>
            <translation>틀림</translation>
        </message>
        <message>
            <source>Public reporting shows the article is wrong here.</source>
            <translation>공개 보도에 따르면 기사의 이 부분은 틀렸습니다.</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>확인되지 않음</translation>
        </message>
        <message>
            <source>Public reporting does not show this either way.</source>
            <translation>공개 보도로는 어느 쪽으로도 확인되지 않습니다.</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>전망</translation>
        </message>
        <message>
            <source>A prediction, not yet a fact.</source>
            <translation>예측일 뿐 아직 사실이 아닙니다.</translation>
        </message>
        <message>
            <source>Stated position</source>
            <translation>공식 입장</translation>
        </message>
        <message>
            <source>A government's stated view, reported as such.</source>
            <translation>한 정부가 밝힌 입장을 그대로 전한 것입니다.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>worksheet</source>
            <translation>학습지</translation>
        </message>
        <message>
            <source>answer key</source>
            <translation>정답지</translation>
        </message>
        <message>
            <source>{0} — answer key</source>
            <translation>{0} — 정답지</translation>
        </message>
        <message>
            <source>For the teacher. Letters refer to the worksheet's choices.</source>
            <translation>교사용. 알파벳은 학습지의 보기를 가리킵니다.</translation>
        </message>
        <message>
            <source>Name: ______________________    Class: ________    Date: ____________</source>
            <translation>이름: ______________________    반: ________    날짜: ____________</translation>
        </message>
        <message>
            <source>Answer: {0}</source>
            <translation>정답: {0}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>출처: {0}</translation>
        </message>
        <message>
            <source>The article (¶{0}): {1} — {2}: {3}</source>
            <translation>기사(¶{0}): {1} — {2}: {3}</translation>
        </message>
        <message>
            <source>The article: {0} — {1}: {2}</source>
            <translation>기사: {0} — {1}: {2}</translation>
        </message>
        <message>
            <source>This module has no questions yet.</source>
            <translation>이 단원에는 아직 문제가 없습니다.</translation>
        </message>
        <message>
            <source>Trilemma · {0}</source>
            <translation>Trilemma · {0}</translation>
        </message>
        <message>
            <source>Trilemma · {0} · answer key</source>
            <translation>Trilemma · {0} · 정답지</translation>
        </message>
        <message>
            <source>page {0}</source>
            <translation>{0}쪽</translation>
        </message>
        <message>
            <source>Tick one box.</source>
            <translation>하나에 표시하세요.</translation>
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation>맞는 답을 모두 표시하세요.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>참</translation>
        </message>
        <message>
            <source>False</source>
            <translation>거짓</translation>
        </message>
        <message>
            <source>Year: ____________</source>
            <translation>연도: ____________</translation>
        </message>
        <message>
            <source>Date (a year, or a month and year): ______________________</source>
            <translation>날짜(연도 또는 연도와 월): ______________________</translation>
        </message>
        <message>
            <source>Number the events from 1 (earliest) onwards.</source>
            <translation>가장 이른 사건을 1로 하여 차례로 번호를 매기세요.</translation>
        </message>
        <message>
            <source>Write the letter that matches each number.</source>
            <translation>각 번호에 맞는 알파벳을 쓰세요.</translation>
        </message>
        <message>
            <source>{0} (accept {1}–{2})</source>
            <translation>{0}({1}~{2} 인정)</translation>
        </message>
        <message>
            <source>Timeline {0}–{1}</source>
            <translation>연표 {0}~{1}</translation>
        </message>
        <message>
            <source>The China–North Korea–Russia triangle, {0}–{1}</source>
            <translation>중국·북한·러시아 삼각관계, {0}~{1}</translation>
        </message>
        <message>
            <source>Events in date order. A date is only as precise as its source: “2024” means some time in 2024. {0} (and a filled circle on the line) marks a landmark; the numbers on the line are the events' numbers in the table (where they fit; choose a shorter period for more).</source>
            <translation>사건은 날짜순입니다. 날짜는 출처만큼만 정확합니다. '2024년'은 2024년 중 어느 때를 뜻합니다. {0}(와 선 위의 검은 원)는 중요한 사건을 표시합니다. 선 위의 숫자는 표에 있는 사건 번호입니다(자리가 있을 때만 표시되며, 기간을 짧게 고르면 더 많이 보입니다).</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>시기</translation>
        </message>
        <message>
            <source>When</source>
            <translation>언제</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>시기</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>사건</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>무슨 일이 있었나</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>관련 국가</translation>
        </message>
        <message>
            <source>No events in this period.</source>
            <translation>이 기간에는 사건이 없습니다.</translation>
        </message>
        <message>
            <source>Trilemma · timeline {0}–{1} · sources are listed in the app for every event</source>
            <translation>Trilemma · 연표 {0}~{1} · 각 사건의 출처는 앱에 있습니다</translation>
        </message>
        <message>
            <source>{0} – handout</source>
            <translation>{0} – 유인물</translation>
        </message>
        <message>
            <source>In the article: {0}</source>
            <translation>기사에서: {0}</translation>
        </message>
        <message>
            <source>Background: not in the article itself</source>
            <translation>배경: 기사 자체에는 없음</translation>
        </message>
        <message>
            <source>On the timeline: {0}</source>
            <translation>연표에서: {0}</translation>
        </message>
        <message>
            <source>The map at {0}.</source>
            <translation>{0}의 관계 지도.</translation>
        </message>
        <message>
            <source>The map at {0}, compared with {1}.</source>
            <translation>{0}의 관계 지도, {1}과 비교.</translation>
        </message>
        <message>
            <source>Claim (¶{0}): {1} — {2}: {3}</source>
            <translation>주장(¶{0}): {1} — {2}: {3}</translation>
        </message>
        <message>
            <source>Claim: {0} — {1}: {2}</source>
            <translation>주장: {0} — {1}: {2}</translation>
        </message>
        <message>
            <source>Check: {0}</source>
            <translation>확인: {0}</translation>
        </message>
        <message>
            <source>Discuss: {0}</source>
            <translation>토론: {0}</translation>
        </message>
        <message>
            <source>This story has no stops yet.</source>
            <translation>이 이야기에는 아직 정류장이 없습니다.</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Trilemma · {0} · the sources of every stop are in the app</source>
            <translation>Trilemma · {0} · 각 정류장의 출처는 앱에 있습니다</translation>
        </message>
    </context>
</TS>
