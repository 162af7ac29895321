"""The sentences of generated questions in each language, and a helper that fills them in.

Generated questions are chosen the same way in every language (db/generate.py works on the English
content); only their words change: these templates, the event titles, summaries and country names from
the content translations, and dates as the language writes them (db.i18n.date_label).
"""

from __future__ import annotations

from db import i18n
from db.i18n_items import localized

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "dated": "“{title}” is dated {label}. {summary}", "answer": "{answer}. {what}",
        "year_happen": "In which year did “{title}” happen{window}?",
        "year_begin": "In which year did “{title}” begin{window}?", "window": " (one year either way counts)",
        "month": "Place “{title}” on the timeline, to the month.",
        "when_happen": "When did “{title}” happen?", "when_begin": "When did “{title}” begin?",
        "order": "Put these events in the order they happened, earliest first.", "order_expl": "In order: {listing}.",
        "item": "“{title}” ({label})", "sep": "; ", "first": "Which of these happened first?",
        "first_expl": "“{title}” came first ({label}). Then: {listing}.",
        "who_expl": "Countries involved in “{title}” ({label}): {names}. {summary}",
        "who": "Which countries took part in “{title}” ({label})?",
        "who_one": "Which of these countries took part in “{title}” ({label})?", "comma": ", ", "and": " and ",
    },
    "zh_CN": {
        "dated": "“{title}”的时间是{label}。{summary}", "answer": "{answer}。{what}",
        "year_happen": "“{title}”发生在哪一年{window}？", "year_begin": "“{title}”始于哪一年{window}？",
        "window": "（前后相差一年也算对）", "month": "请在时间线上标出“{title}”的时间，精确到月。",
        "when_happen": "“{title}”发生在什么时候？", "when_begin": "“{title}”是什么时候开始的？",
        "order": "请按发生的先后顺序排列这些事件，最早的在前。", "order_expl": "顺序为：{listing}。",
        "item": "“{title}”（{label}）", "sep": "；", "first": "下列事件中哪一个最先发生？",
        "first_expl": "最先发生的是“{title}”（{label}）。其后：{listing}。",
        "who_expl": "参与“{title}”（{label}）的国家：{names}。{summary}",
        "who": "哪些国家参与了“{title}”（{label}）？", "who_one": "下列国家中，哪一个参与了“{title}”（{label}）？",
        "comma": "、", "and": "和",
    },
    "ko": {
        "dated": "‘{title}’의 날짜는 {label}이다. {summary}", "answer": "{answer}. {what}",
        "year_happen": "‘{title}’은(는) 몇 년에 일어났습니까?{window}",
        "year_begin": "‘{title}’은(는) 몇 년에 시작되었습니까?{window}", "window": " (앞뒤 1년까지 정답)",
        "month": "‘{title}’을(를) 연표 위에 월 단위까지 표시하십시오.",
        "when_happen": "‘{title}’은(는) 언제 일어났습니까?", "when_begin": "‘{title}’은(는) 언제 시작되었습니까?",
        "order": "이 사건들을 일어난 순서대로, 가장 이른 것부터 배열하십시오.", "order_expl": "순서: {listing}.",
        "item": "‘{title}’({label})", "sep": "; ", "first": "다음 중 가장 먼저 일어난 일은 무엇입니까?",
        "first_expl": "가장 먼저 일어난 일은 ‘{title}’({label})이다. 그다음: {listing}.",
        "who_expl": "‘{title}’({label})에 관여한 나라: {names}. {summary}",
        "who": "‘{title}’({label})에 참여한 나라를 모두 고르십시오.",
        "who_one": "다음 중 ‘{title}’({label})에 참여한 나라는 어디입니까?", "comma": ", ", "and": ", ",
    },
    # Russian dates end in "г.", so no full stop is added after one.
    "ru": {
        "dated": "Дата события «{title}»: {label} {summary}", "answer": "{answer} {what}",
        "year_happen": "В каком году произошло событие «{title}»{window}?",
        "year_begin": "В каком году началось событие «{title}»{window}?",
        "window": " (засчитывается ответ с ошибкой на год)",
        "month": "Отметьте событие «{title}» на шкале времени с точностью до месяца.",
        "when_happen": "Когда произошло событие «{title}»?", "when_begin": "Когда началось событие «{title}»?",
        "order": "Расположите эти события в том порядке, в котором они произошли, начиная с самого раннего.",
        "order_expl": "По порядку: {listing}.", "item": "«{title}» ({label})", "sep": "; ",
        "first": "Что из этого произошло раньше всего?",
        "first_expl": "Раньше всего — «{title}» ({label}). Затем: {listing}.",
        "who_expl": "Страны — участницы события «{title}» ({label}): {names}. {summary}",
        "who": "Какие страны участвовали в событии «{title}» ({label})?",
        "who_one": "Какая из этих стран участвовала в событии «{title}» ({label})?", "comma": ", ", "and": " и ",
    },
}


class Words:
    """The words of generated questions in one language (English when `lang` is None or has no templates)."""

    def __init__(self, lang: str | None = None, db=None):
        self.lang = lang if lang in TEMPLATES else "en"
        self.db = db  # for the database's translations (a teacher's edits), where db.i18n keeps them
        self.templates = TEMPLATES[self.lang]
        self._events: dict[str, tuple[str, str]] = {}   # slug -> (title, summary): every question asks again
        self._actors: dict[str, dict] = {}

    def say(self, key: str, **values) -> str:
        """One sentence with its blanks filled; a trailing space left by an empty summary is dropped."""
        return self.templates[key].format(**values).strip()

    def label(self, start: str, end: str | None = None) -> str:
        """A date or span as the language writes it ('June 2024', '2024年6月', '2024년 6월', 'июнь 2024 г.')."""
        return i18n.date_label(start, end or None, self.lang)

    def option(self, label: str) -> str:
        """A date as an answer option: Russian months are lower case inside a sentence, capitalised on their own."""
        return label[:1].upper() + label[1:] if self.lang == "ru" else label

    def year(self, year: int) -> str:
        """A year as an answer: '1961' in English, '1961年', '1961년', '1961 г.'."""
        return str(year) if self.lang == "en" else self.label(f"{year:04d}")

    def event(self, slug: str, title: str, summary: str) -> tuple[str, str]:
        """An event's title and summary in the language (English where not translated)."""
        if self.lang == "en":
            return title, summary
        if slug not in self._events:
            row = localized("event", {"id": slug, "title": title, "summary": summary}, self.lang, self.db)
            self._events[slug] = (row["title"], row["summary"])
        return self._events[slug]

    def actor(self, actor: dict) -> dict:
        """An actor with its name and former name in the language."""
        if self.lang == "en":
            return actor
        key = actor.get("slug") or actor.get("id", "")
        if key not in self._actors:
            self._actors[key] = localized("actor", actor, self.lang, self.db)
        return self._actors[key]

    def join(self, names: list[str]) -> str:
        """'China, Russia and North Korea' as the language lists them."""
        if len(names) == 1:
            return names[0]
        return self.templates["comma"].join(names[:-1]) + self.templates["and"] + names[-1]
