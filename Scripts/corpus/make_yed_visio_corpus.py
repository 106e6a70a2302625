#!/usr/bin/env python3
"""Writes the hand-drawn-looking yEd (GraphML) and Visio (VSDX) journey maps of the corpus.

Each map `NAME.graphml` / `NAME.vsdx` goes to Tests/JourneyImportTests/Fixtures/journeys/ with its
truth `NAME.truth.json` beside it (format: that folder's README.md). The truth is what the drawing
was meant to show, built from the same data the drawing is made from: stages, lanes, cards and
emotions are declared once below, then laid out the way a person would draw them in each style.
Nothing here reads what an importer makes of the files.

Standard library only. Output is deterministic (seeded jitter, fixed ZIP timestamps):

    python3 Scripts/corpus/make_yed_visio_corpus.py [--output DIR] [--check JOURNEY_BINARY]

With `--check`, every written map is converted with the given `journey` binary and the script
reports maps the reader refuses and labels missing from the output (a reading check only: how well
the recognizer does is the scorer test's business).
"""

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUTPUT = os.path.join(ROOT, "Tests", "JourneyImportTests", "Fixtures", "journeys")


# MARK: - The journeys


class Emo:
    """An emotion card as written in the drawing, with the score and label a reader takes from it."""

    def __init__(self, text, score, label):
        self.text = text
        self.score = score
        self.label = label


def E(text, score, label=None):
    """An emotion card; the label defaults to the text (word-only emotions)."""
    return Emo(text, score, text if label is None else label)


class Journey:
    """One map: what is drawn, independent of the tool that draws it."""

    def __init__(self, name, style, tool, language, title, stages, lanes, grid, columns=None,
                 personas=(), notes=(), page=None, extra=None):
        self.name = name
        self.style = style
        self.tool = tool
        self.language = language
        self.title = title
        self.stages = stages
        # (stage, step) per drawn column; one column per stage when the map has no steps.
        self.columns = columns or [(stage, None) for stage in stages]
        self.lanes = lanes
        self.grid = grid
        self.personas = list(personas)
        self.notes = list(notes)
        self.page = page
        self.extra = extra or {}
        for title, _ in lanes:
            assert len(grid[title]) == len(self.columns), (name, title)

    @property
    def steps(self):
        result = {}
        for stage, step in self.columns:
            if step is not None:
                result.setdefault(stage, []).append(step)
        return result

    def truth(self):
        cells = []
        emotions = []
        for lane, _ in self.lanes:
            for (stage, step), items in zip(self.columns, self.grid[lane]):
                for item in items:
                    if isinstance(item, Emo):
                        emotions.append({"stage": stage, "lane": lane, "score": item.score, "label": item.label})
                    else:
                        cells.append({"stage": stage, "lane": lane, "text": item, "step": step})
        return {
            "style": self.style,
            "tool": self.tool,
            "language": self.language,
            "page": self.page,
            "orientation": "columns",
            "title": self.title,
            "stages": self.stages,
            "steps": self.steps,
            "lanes": [{"title": title, "kind": kind} for title, kind in self.lanes],
            "cells": cells,
            "emotions": emotions,
            "personas": [name for name, _ in self.personas],
            "notes": self.notes,
        }


ACTIONS, THOUGHTS, EMOTIONS, TOUCHPOINTS = "actions", "thoughts", "emotions", "touchpoints"
PAIN, OPPORTUNITIES, BACKSTAGE = "pain-points", "opportunities", "backstage"


def yed_table_es():
    return Journey(
        "yed-table-es", "table", "yed", "es", "Abrir una cuenta bancaria online",
        ["Descubrimiento", "Solicitud", "Verificación", "Activación", "Primer uso"],
        [("Acciones", ACTIONS), ("Puntos de contacto", TOUCHPOINTS), ("Pensamientos", THOUGHTS),
         ("Emociones", EMOTIONS), ("Puntos de dolor", PAIN), ("Oportunidades", OPPORTUNITIES)],
        {
            "Acciones": [
                ["Compara cuentas sin comisiones", "Lee opiniones en foros"],
                ["Descarga la app", "Rellena el formulario"],
                ["Sube foto del DNI\n(anverso y reverso)", "Graba un videoselfie"],
                ["Recibe la tarjeta por correo", "Activa la tarjeta en la app"],
                ["Hace la primera transferencia"],
            ],
            "Puntos de contacto": [
                ["Anuncio en Instagram", "Web comparadora"],
                ["App móvil"],
                ["Videollamada con un agente"],
                ["Correo postal", "SMS con código"],
                [],
            ],
            "Pensamientos": [
                ["¿De verdad no cobran comisiones?"],
                ["¿Cuánto tardará todo esto?"],
                [],
                ["Por fin llega la tarjeta"],
                ["¿Puedo domiciliar la nómina aquí?"],
            ],
            "Emociones": [
                [E("curioso", 1)],
                [E("😐", 0, "")],
                [E("confundido", -1)],
                [E("😊 +2", 2, "")],
                [E("encantado", 2)],
            ],
            "Puntos de dolor": [
                [],
                ["Formulario demasiado largo"],
                ["La videollamada se corta", "Rechazan la foto por reflejos"],
                ["La tarjeta tarda 10 días"],
                [],
            ],
            "Oportunidades": [
                [],
                ["Autocompletar con datos del DNI"],
                ["Verificación con NFC"],
                ["Tarjeta virtual desde el día 1"],
                ["Guía para traer la nómina"],
            ],
        },
    )


def yed_table_ja():
    return Journey(
        "yed-table-ja", "table", "yed", "ja", "クラウド会計ソフト導入のカスタマージャーニー",
        ["課題認識", "情報収集", "比較検討", "契約", "導入・定着"],
        [("行動", ACTIONS), ("タッチポイント", TOUCHPOINTS), ("感情", EMOTIONS), ("課題", PAIN),
         ("情報システム部", None), ("改善の機会", OPPORTUNITIES)],
        {
            "行動": [
                ["Excelでの手作業を見直す"],
                ["比較サイトで製品を調べる", "ウェビナーに参加する"],
                ["3社から見積もりを取る", "無料トライアルを試す"],
                ["稟議書を作成する"],
                ["過去データを移行する", "社内説明会を開く"],
            ],
            "タッチポイント": [
                ["税理士との面談"],
                ["比較サイト", "ウェビナー"],
                ["営業担当とのオンライン商談"],
                ["電子契約サービス"],
                ["サポートチャット"],
            ],
            "感情": [
                [E("不安", -1)],
                [E("期待", 1)],
                [E("困惑", -1)],
                [E("−2", -2, "")],
                [E("嬉しい", 1)],
            ],
            "課題": [
                ["月末の締めに3日かかる"],
                ["製品の違いが分かりにくい"],
                ["見積もりの項目がバラバラ"],
                ["稟議が3週間止まる"],
                ["データ移行でエラーが出る", "操作を覚えるのが大変"],
            ],
            "情報システム部": [
                [],
                [],
                ["セキュリティチェックシートを確認"],
                ["SSO連携の可否を確認"],
                ["アカウントを一括発行"],
            ],
            "改善の機会": [
                [],
                ["業種別の導入事例を公開"],
                ["見積もりの書式を統一"],
                ["稟議用の資料を提供"],
                ["データ移行の代行サービス"],
            ],
        },
        notes=["出典：経理担当者インタビュー（2025年3月、12社）", "凡例：黄＝行動　赤＝課題　緑＝改善の機会"],
    )


def yed_groups_de():
    return Journey(
        "yed-groups-de", "group-lanes", "yed", "de", "Schadenmeldung nach einem Auffahrunfall",
        ["Unfall", "Meldung", "Begutachtung", "Reparatur", "Regulierung"],
        [("Aktionen", ACTIONS), ("Kontaktpunkte", TOUCHPOINTS), ("Gefühle", EMOTIONS),
         ("Schmerzpunkte", PAIN), ("Werkstatt", None), ("Chancen", OPPORTUNITIES)],
        {
            "Aktionen": [
                ["Sichert die Unfallstelle", "Fotografiert die Schäden"],
                ["Meldet den Schaden in der App"],
                ["Vereinbart Termin mit Gutachter"],
                ["Bringt das Auto zur Werkstatt", "Nimmt den Mietwagen"],
                ["Prüft die Abrechnung"],
            ],
            "Kontaktpunkte": [
                ["Notruf-Hotline"],
                ["Versicherungs-App"],
                ["Anruf des Gutachters"],
                ["Partnerwerkstatt"],
                ["Brief mit Abrechnung", "E-Mail"],
            ],
            "Gefühle": [
                [E("verärgert", -2)],
                [E("unsicher", -1)],
                [E("😐", 0, "")],
                [E("frustriert", -1)],
                [E("Erleichtert 🙂 (+1)", 1, "Erleichtert")],
            ],
            "Schmerzpunkte": [
                ["Weiß nicht, was zu tun ist"],
                ["App fragt Daten doppelt ab"],
                ["Gutachter erst nach 8 Tagen"],
                ["Ersatzteil fehlt"],
                [],
            ],
            "Werkstatt": [
                [],
                [],
                ["Erstellt Kostenvoranschlag"],
                ["Bestellt Ersatzteile", "Repariert das Fahrzeug"],
                ["Rechnet direkt mit der\nVersicherung ab"],
            ],
            "Chancen": [
                ["Checkliste in der App"],
                ["Vertragsdaten vorausfüllen"],
                ["Gutachten per Videocall"],
                ["Statusupdates per Push"],
                [],
            ],
        },
    )


def yed_grid_pt():
    return Journey(
        "yed-grid-pt", "loose-grid", "yed", "pt", "Jornada de compra de um ERP para uma distribuidora",
        ["Necessidade", "Pesquisa", "Avaliação", "Negociação", "Implantação"],
        [("Ações", ACTIONS), ("Pontos de contato", TOUCHPOINTS), ("Emoções", EMOTIONS),
         ("Pontos de dor", PAIN), ("Equipe de TI", None), ("Oportunidades", OPPORTUNITIES)],
        {
            "Ações": [
                ["Lista os problemas do sistema atual"],
                ["Pesquisa no Google", "Pede indicações a colegas"],
                ["Assiste a demonstrações", "Monta planilha comparativa"],
                ["Pede desconto por volume"],
                ["Participa dos treinamentos", "Migra os cadastros"],
            ],
            "Pontos de contato": [
                [],
                ["Site do fornecedor", "LinkedIn"],
                ["Demonstração online"],
                ["Reunião com o vendedor", "Proposta por e-mail"],
                ["Portal de suporte"],
            ],
            "Emoções": [
                [E("neutro", 0)],
                [E("🙂 +1\nCurioso", 1, "Curioso")],
                [E("confuso", -1)],
                [E("irritado", -2)],
                [E("feliz", 1)],
            ],
            "Pontos de dor": [
                ["Relatórios levam dias"],
                ["Preços não aparecem no site"],
                ["Termos técnicos demais"],
                ["Multa de rescisão no contrato", "Respostas demoram"],
                [],
            ],
            "Equipe de TI": [
                [],
                [],
                ["Avalia integração com o e-commerce"],
                ["Revisa cláusulas de segurança"],
                ["Configura os acessos"],
            ],
            "Oportunidades": [
                [],
                ["Calculadora de preços no site"],
                ["Glossário na demonstração"],
                [],
                ["Trilha de onboarding guiada"],
            ],
        },
        notes=["Fonte: entrevistas com 8 clientes, 2025"],
    )


def yed_chevron_fr():
    return Journey(
        "yed-chevron-fr", "loose-grid-chevrons", "yed", "fr", "Réserver un week-end à Lyon en train",
        ["Inspiration", "Recherche", "Réservation", "Avant le départ", "Séjour"],
        [("Actions", ACTIONS), ("Points de contact", TOUCHPOINTS), ("Émotions", EMOTIONS),
         ("Points de friction", PAIN), ("Opportunités", OPPORTUNITIES)],
        {
            "Actions": [
                ["Voit une offre dans la newsletter"],
                ["Compare les horaires de train", "Cherche un hôtel près de la gare"],
                ["Réserve train + hôtel", "Paie en trois fois"],
                ["Télécharge les billets"],
                ["Visite le Vieux Lyon", "Laisse un avis"],
            ],
            "Points de contact": [
                ["Newsletter", "Instagram"],
                ["Site web", "Appli mobile"],
                ["Appli mobile"],
                ["E-mail de confirmation", "SMS de rappel"],
                [],
            ],
            "Émotions": [
                [E("😃", 2, "")],
                [E("perdu", -1)],
                [E("frustré", -1)],
                [E("content", 1)],
                [E("ravi", 2)],
            ],
            "Points de friction": [
                [],
                ["Trop de filtres", "Les prix changent"],
                ["Paiement refusé une première fois"],
                [],
                ["Check-in de l'hôtel très lent"],
            ],
            "Opportunités": [
                [],
                ["Offres train + hôtel groupées"],
                ["Sauvegarder le panier"],
                ["Billets dans le wallet du téléphone"],
                ["Check-in en ligne"],
            ],
        },
        personas=[("Claire Dubois", "Cheffe de projet, 34 ans"),
                  ("Marc Lefèvre", "Retraité, voyage avec sa petite-fille")],
    )


def yed_curve_en():
    return Journey(
        "yed-curve-en", "emotion-curve-dots", "yed", "en", "Claiming for a burst pipe: home insurance journey",
        ["Incident", "Report", "Assessment", "Repair", "Settlement"],
        [("Actions", ACTIONS), ("Touchpoints", TOUCHPOINTS), ("Emotions", EMOTIONS), ("Pain points", PAIN),
         ("Opportunities", OPPORTUNITIES)],
        {
            "Actions": [
                ["Turns off the water", "Calls a plumber"],
                ["Files the claim online", "Uploads photos"],
                ["Waits for the loss adjuster", "Shows the damage"],
                ["Chooses a contractor", "Moves out of the kitchen"],
                ["Receives the payout"],
            ],
            "Touchpoints": [
                ["24/7 emergency line"],
                ["Claims website", "Confirmation email"],
                ["Phone call with adjuster", "Home visit"],
                ["Contractor on site"],
                ["Bank transfer", "Satisfaction survey"],
            ],
            # Dots: the label is the word drawn beside the dot, the score its height in the lane.
            "Emotions": [
                [E("angry", -2)],
                [E("happy", 1)],
                [E("frustrated", -1)],
                [E("neutral", 0)],
                [E("excited", 2)],
            ],
            "Pain points": [
                ["40-minute queue on the hotline"],
                [],
                ["Adjuster visit moved twice"],
                ["No kitchen for three weeks"],
                ["Excess deducted without\nexplanation"],
            ],
            "Opportunities": [
                ["Callback instead of queue"],
                [],
                ["Video assessment"],
                ["Pay for a temporary kitchen"],
                ["Explain the excess up front"],
            ],
        },
    )


def visio_containers_en():
    return Journey(
        "visio-containers-en", "container-lanes", "visio", "en", "Buying a CRM for a 40-person sales team",
        ["Need", "Research", "Evaluation", "Purchase", "Rollout"],
        [("Actions", ACTIONS), ("Thoughts", THOUGHTS), ("Emotions", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
         ("Pain points", PAIN), ("Head of Sales", None)],
        {
            "Actions": [
                ["Lists what the spreadsheet can't do"],
                ["Reads G2 reviews", "Asks peers on LinkedIn"],
                ["Books three vendor demos"],
                ["Runs a 14-day trial with 5 reps"],
                ["Negotiates annual price", "Signs the order form"],
                ["Imports contacts", "Trains the team"],
            ],
            "Thoughts": [
                ["Are we losing deals?"],
                ["Which tools fit a team our size?"],
                [],
                ["Will the reps actually use it?"],
                ["Is the price locked for 3 years?"],
                [],
            ],
            "Emotions": [
                [E("frustrated", -1)],
                [E("🙂 +1\nCurious", 1, "Curious")],
                [E("excited", 2)],
                [E("👎", -1, "")],
                [E("Proud 😃 (+1)", 1, "Proud")],
                [E("+1", 1, "")],
            ],
            "Touchpoints": [
                [],
                ["Review sites", "LinkedIn"],
                ["Video call with sales rep"],
                ["In-app onboarding", "Support chat"],
                ["Order form (e-signature)"],
                ["Customer success manager"],
            ],
            "Pain points": [
                ["Pipeline lives in spreadsheets"],
                ["Pricing hidden behind \"Contact us\""],
                ["Demos feel scripted"],
                ["Trial data can't be exported"],
                [],
                ["Email sync breaks for two reps"],
            ],
            "Head of Sales": [
                ["Escalates the problem to the CFO"],
                [],
                ["Joins the final demo"],
                [],
                ["Approves the budget"],
                ["Sets adoption targets"],
            ],
        },
        columns=[("Need", None), ("Research", None), ("Evaluation", "Demo"), ("Evaluation", "Trial"),
                 ("Purchase", None), ("Rollout", None)],
    )


def visio_scale_zh():
    return Journey(
        "visio-scale-zh", "loose-grid-drawing-scale", "visio", "zh", "一家三口预订日本七日游",
        ["灵感", "比价", "预订", "出行准备", "旅途中"],
        [("行为", ACTIONS), ("触点", TOUCHPOINTS), ("情绪", EMOTIONS), ("痛点", PAIN), ("机会点", OPPORTUNITIES)],
        {
            "行为": [
                ["刷小红书看攻略", "和家人商量日期"],
                ["对比三家平台的机票价格"],
                ["下单机票和酒店", "准备签证材料"],
                ["购买境外流量卡", "兑换日元"],
                ["用地图App查路线"],
            ],
            "触点": [
                ["小红书"],
                ["携程", "航空公司官网"],
                ["App支付页面", "客服电话"],
                ["短信提醒"],
                [],
            ],
            "情绪": [
                [E("好奇", 1)],
                [E("焦虑", -1)],
                [E("😡", -2, "")],
                [E("一般", 0)],
                [E("惊喜", 2)],
            ],
            "痛点": [
                [],
                ["同一航班价格每天都在变"],
                ["支付失败两次", "签证材料要求不清楚"],
                [],
                ["酒店没有中文服务"],
            ],
            "机会点": [
                ["亲子游专题推荐"],
                ["价格走势提醒"],
                ["签证材料清单"],
                ["一站式购买流量卡"],
                [],
            ],
        },
        notes=["数据来源：2025年用户访谈（n=15）"],
    )


def visio_rotated_tl():
    return Journey(
        "visio-rotated-tl", "rotated-lane-titles", "visio", "tl", "Pagbubukas ng savings account sa bangko",
        ["Pagtuklas", "Pag-aaply", "Beripikasyon", "Pag-activate"],
        [("Mga Gawain", ACTIONS), ("Mga Touchpoint", TOUCHPOINTS), ("Damdamin", EMOTIONS),
         ("Mga Punto ng Sakit", PAIN), ("Mga Oportunidad", OPPORTUNITIES)],
        {
            "Mga Gawain": [
                ["Nagtanong sa mga kaibigan", "Nagbasa ng mga review online"],
                ["Pumunta sa sangay ng bangko", "Nag-fill out ng application form"],
                ["Nagpakita ng dalawang valid ID"],
                ["Nagdeposito ng unang ₱2,000", "Nag-download ng mobile app"],
            ],
            "Mga Touchpoint": [
                ["Facebook", "Website ng bangko"],
                ["Sangay ng bangko"],
                ["Teller"],
                ["Mobile app", "Text message"],
            ],
            "Damdamin": [
                [E("sabik", 1)],
                [E("naiinis", -1)],
                [E("😞", -2, "")],
                [E("tuwang-tuwa", 2)],
            ],
            "Mga Punto ng Sakit": [
                [],
                ["Mahaba ang pila", "Walang available na form"],
                ["Hindi tinanggap ang barangay ID"],
                ["Matagal dumating ang OTP"],
            ],
            "Mga Oportunidad": [
                ["Listahan ng requirements online"],
                ["Online na pag-aaply"],
                ["Tumanggap ng mas maraming ID"],
                [],
            ],
        },
    )


def visio_pages_de():
    return Journey(
        "visio-pages-de", "multi-page", "visio", "de", "Geschäftskonto eröffnen – Journey einer Gründerin",
        ["Bedarf", "Recherche", "Antrag", "Legitimation", "Erste Nutzung"],
        [("Aktivitäten", ACTIONS), ("Gedanken", THOUGHTS), ("Emotionen", EMOTIONS), ("Touchpoints", TOUCHPOINTS),
         ("Pain Points", PAIN), ("Ideen", OPPORTUNITIES)],
        {
            "Aktivitäten": [
                ["Gründet eine GmbH", "Braucht Konto für Stammkapital"],
                ["Vergleicht Online-Banken"],
                ["Füllt den Online-Antrag aus", "Lädt Gesellschaftsvertrag hoch"],
                ["Video-Ident per Smartphone"],
                ["Zahlt Stammkapital ein", "Verbindet Buchhaltungssoftware"],
            ],
            "Gedanken": [
                ["Welche Bank nimmt GmbHs\nin Gründung?"],
                ["Lohnt sich eine Filialbank?"],
                [],
                ["Hoffentlich klappt es beim\nersten Mal"],
                ["Endlich kann es losgehen"],
            ],
            "Emotionen": [
                [E("neugierig", 1)],
                [E("🤔", 0, "")],
                [E("-1", -1, "")],
                [E("frustriert", -1)],
                [E("begeistert", 2)],
            ],
            "Touchpoints": [
                ["Gründerforum"],
                ["Vergleichsportal", "Website der Bank"],
                ["Online-Formular"],
                ["Video-Ident-App"],
                ["Banking-App", "Begrüßungs-E-Mail"],
            ],
            "Pain Points": [
                [],
                ["Gebühren schwer vergleichbar"],
                ["Upload bricht bei großen PDFs ab"],
                ["Ausweis zweimal abgelehnt"],
                [],
            ],
            "Ideen": [
                [],
                ["Gebührenrechner"],
                ["Upload in Teilen erlauben"],
                ["Filial-Ident als Alternative"],
                ["Checkliste für die ersten Schritte"],
            ],
        },
        notes=["Quelle: 9 Interviews mit Gründerinnen, Mai 2025", "Parkplatz: Kreditkarten für Mitarbeitende?"],
        page="Journey",
    )


# MARK: - Measuring and laying out


def char_width(character, size):
    code = ord(character)
    if code >= 0x1F000:
        return size * 1.25
    if code >= 0x2E80:
        return size * 1.05
    if character in "mwMW":
        return size * 0.8
    if character in "iljt.,:;'|!() ":
        return size * 0.36
    return size * 0.6


def text_width(text, size=12):
    return max(sum(char_width(c, size) for c in line) for line in text.split("\n"))


def line_count(text):
    return text.count("\n") + 1


def item_text(item):
    return item.text if isinstance(item, Emo) else item


class Rect:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    @property
    def cx(self):
        return self.x + self.w / 2

    @property
    def cy(self):
        return self.y + self.h / 2


class Placed:
    """A card (or emotion) placed in its cell; geometry in pixels, y down."""

    def __init__(self, lane, column, item, rect):
        self.lane, self.column, self.item, self.rect = lane, column, item, rect


class Grid:
    """Column and row bands of a map and the cards placed in them, pixels with y pointing down.

    `left`/`top` is the corner where the first stage column meets the first lane row, i.e. right of
    the lane headers and below the stage headers.
    """

    def __init__(self, journey, rng, left, top, font=12, min_column=150, max_column=250, min_row=64,
                 card_gap=8, pad=10, jitter=(6, 4), row_slack=(0, 18), fixed_rows=None):
        self.journey = journey
        widest = max(text_width(item_text(item), font) for lane in journey.grid.values()
                     for cell in lane for item in cell)
        widest = max(widest, max(text_width(s, font + 2) for s in journey.stages))
        self.column_width = min(max_column, max(min_column, widest + 34))
        self.columns = [self.column_width + rng.choice([-6, 0, 4, 8]) for _ in journey.columns]
        self.font = font
        self.rows = []
        for lane, _ in journey.lanes:
            needed = max(sum(self.card_height(item) + card_gap for item in cell) for cell in journey.grid[lane])
            self.rows.append(max(min_row, needed + 2 * pad) + rng.uniform(*row_slack))
        for row, height in (fixed_rows or {}).items():
            self.rows[row] = height
        self.left, self.top = left, top
        self.column_starts = [left + sum(self.columns[:i]) for i in range(len(self.columns))]
        self.row_starts = [top + sum(self.rows[:i]) for i in range(len(self.rows))]
        self.right = left + sum(self.columns)
        self.bottom = top + sum(self.rows)
        self.placed = []
        for row, (lane, _) in enumerate(journey.lanes):
            for column, cell in enumerate(journey.grid[lane]):
                y = self.row_starts[row] + pad + rng.uniform(-2, 3)
                for item in cell:
                    height = self.card_height(item)
                    width = min(self.columns[column] - 2 * pad, max(84, text_width(item_text(item), font) + 22))
                    x = self.column_starts[column] + (self.columns[column] - width) / 2
                    x += rng.uniform(-jitter[0], jitter[0])
                    self.placed.append(Placed(lane, column, item, Rect(x, y + rng.uniform(-jitter[1], jitter[1]),
                                                                       width, height)))
                    y += height + card_gap
        for placed in self.placed:
            # The truth puts each card in its cell: its centre must lie inside that cell's bands.
            row = [lane for lane, _ in journey.lanes].index(placed.lane)
            start, top = self.column_starts[placed.column], self.row_starts[row]
            assert start < placed.rect.cx < start + self.columns[placed.column], (journey.name, placed.lane)
            assert top < placed.rect.cy < top + self.rows[row], (journey.name, placed.lane, item_text(placed.item))

    def card_height(self, item):
        return 16 * line_count(item_text(item)) + 14

    def stage_spans(self):
        """Each stage with the x extent of its columns (stages with steps span several)."""
        spans = []
        for index, (stage, _) in enumerate(self.journey.columns):
            start, end = self.column_starts[index], self.column_starts[index] + self.columns[index]
            if spans and spans[-1][0] == stage:
                spans[-1][2] = end
            else:
                spans.append([stage, start, end])
        return spans


# MARK: - XML helpers


def text_xml(value):
    return escape(value)


def attr(value):
    """An attribute value for double or single quotes."""
    return escape(str(value), {'"': "&quot;", "'": "&apos;"})


def num(value, digits=1):
    return f"{value:.{digits}f}"


# MARK: - yEd (desktop GraphML)

YED_HEADER = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <!--Created by yEd 3.24-->
  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key for="port" id="d2" yfiles.type="portgeometry"/>
  <key for="port" id="d3" yfiles.type="portuserdata"/>
  <key attr.name="url" attr.type="string" for="node" id="d4"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <key attr.name="url" attr.type="string" for="edge" id="d8"/>
  <key attr.name="description" attr.type="string" for="edge" id="d9"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d0" xml:space="preserve"/>
"""

YED_FOOTER = """  </graph>
  <data key="d7">
    <y:Resources/>
  </data>
</graphml>
"""

SMART_LABEL_MODEL = ('<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel><y:ModelParameter>'
                     '<y:SmartNodeLabelModelParameter labelRatioX="0.0" labelRatioY="0.0" nodeRatioX="0.0" '
                     'nodeRatioY="0.0" offsetX="0.0" offsetY="0.0" upX="0.0" upY="-1.0"/></y:ModelParameter>')


class YEdDocument:
    """A desktop yEd GraphML file written node by node; remembers every label it writes."""

    def __init__(self):
        self.lines = [YED_HEADER]
        self.labels = []
        self.indent = 4
        self.counters = [0]
        self.edge_counters = [0]
        self.prefixes = [""]

    def _write(self, text):
        self.lines.append(" " * self.indent + text + "\n")

    def next_id(self):
        node_id = f"{self.prefixes[-1]}n{self.counters[-1]}"
        self.counters[-1] += 1
        return node_id

    def label(self, text, rect, font=12, bold=False, model=None, extra="", color="#000000", background=None):
        """A y:NodeLabel; `model` replaces the smart label model (inner XML after the text)."""
        if text:
            self.labels.append(text)
        width = text_width(text, font) + 4
        height = (font + 6) * line_count(text)
        background_attributes = (f'backgroundColor="{background}" hasBackgroundColor="true"' if background
                                 else 'hasBackgroundColor="false"')
        return (f'<y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="{font}" '
                f'fontStyle="{"bold" if bold else "plain"}" {background_attributes} hasLineColor="false" '
                f'height="{num(height, 4)}" horizontalTextPosition="center" iconTextGap="4" '
                f'modelName="custom" textColor="{color}" verticalTextPosition="bottom" visible="true" '
                f'width="{num(width, 4)}" x="{num((rect.w - width) / 2, 4)}" xml:space="preserve" '
                f'y="{num((rect.h - height) / 2, 4)}"{extra}>{text_xml(text)}{model or SMART_LABEL_MODEL}'
                f'</y:NodeLabel>')

    def geometry(self, rect):
        return (f'<y:Geometry height="{num(rect.h)}" width="{num(rect.w)}" x="{num(rect.x)}" '
                f'y="{num(rect.y)}"/>')

    def shape_node(self, rect, text, shape="rectangle", fill="#FFFFFF", border="#000000", font=12, bold=False,
                   text_only=False, border_type="line", description=None):
        """A y:ShapeNode; `text_only` draws neither fill nor border (a free text)."""
        node_id = self.next_id()
        self._write(f'<node id="{node_id}">')
        if description:
            self._write(f'  <data key="d5" xml:space="preserve">{text_xml(description)}</data>')
        self._write('  <data key="d6">')
        self._write('    <y:ShapeNode>')
        self._write('      ' + self.geometry(rect))
        if text_only:
            self._write('      <y:Fill hasColor="false" transparent="false"/>')
            self._write('      <y:BorderStyle hasColor="false" raised="false" type="line" width="1.0"/>')
        else:
            self._write(f'      <y:Fill color="{fill}" transparent="false"/>')
            self._write(f'      <y:BorderStyle color="{border}" raised="false" type="{border_type}" width="1.0"/>')
        if text:
            self._write('      ' + self.label(text, rect, font=font, bold=bold))
        self._write(f'      <y:Shape type="{shape}"/>')
        self._write('    </y:ShapeNode>')
        self._write('  </data>')
        self._write('</node>')
        return node_id

    def generic_node(self, rect, text, configuration, fill="#E8EEF7", fill2="#B7C9E3", border="#000000", font=12):
        node_id = self.next_id()
        self._write(f'<node id="{node_id}">')
        self._write('  <data key="d6">')
        self._write(f'    <y:GenericNode configuration="{configuration}">')
        self._write('      ' + self.geometry(rect))
        self._write(f'      <y:Fill color="{fill}" color2="{fill2}" transparent="false"/>')
        self._write(f'      <y:BorderStyle color="{border}" type="line" width="1.0"/>')
        self._write('      ' + self.label(text, rect, font=font))
        self._write('    </y:GenericNode>')
        self._write('  </data>')
        self._write('</node>')
        return node_id

    def open_group(self, rect, title, closed_title=None, fill="#F5F5F5"):
        """A group node (open and closed realizers) whose nested graph holds the next nodes."""
        node_id = self.next_id()
        self.labels.append(title)
        self._write(f'<node id="{node_id}" yfiles.foldertype="group">')
        self._write('  <data key="d4" xml:space="preserve"/>')
        self._write('  <data key="d6">')
        self._write('    <y:ProxyAutoBoundsNode>')
        self._write('      <y:Realizers active="0">')
        for closed in (False, True):
            shown = rect if not closed else Rect(rect.x, rect.y, 160, 52)
            label_width = shown.w if not closed else 160
            self._write('        <y:GroupNode>')
            self._write('          ' + self.geometry(shown))
            self._write(f'          <y:Fill color="{fill}" transparent="false"/>')
            self._write('          <y:BorderStyle color="#666666" type="dashed" width="1.0"/>')
            self._write(
                f'          <y:NodeLabel alignment="left" autoSizePolicy="node_width" backgroundColor="#EBEBEB" '
                f'borderDistance="0.0" fontFamily="Dialog" fontSize="15" fontStyle="bold" hasLineColor="false" '
                f'height="21.4609375" horizontalTextPosition="center" iconTextGap="4" modelName="internal" '
                f'modelPosition="t" textColor="#000000" verticalTextPosition="bottom" visible="true" '
                f'width="{num(label_width, 4)}" x="0.0" xml:space="preserve" y="0.0">'
                f'{text_xml(closed_title if closed and closed_title else title)}</y:NodeLabel>')
            self._write('          <y:Shape type="roundrectangle"/>')
            self._write(f'          <y:State closed="{"true" if closed else "false"}" closedHeight="52.0" '
                        f'closedWidth="160.0" innerGraphDisplayEnabled="false"/>')
            self._write('          <y:Insets bottom="15" bottomF="15.0" left="15" leftF="15.0" right="15" '
                        'rightF="15.0" top="15" topF="15.0"/>')
            self._write('          <y:BorderInsets bottom="0" bottomF="0.0" left="0" leftF="0.0" right="0" '
                        'rightF="0.0" top="0" topF="0.0"/>')
            self._write('        </y:GroupNode>')
        self._write('      </y:Realizers>')
        self._write('    </y:ProxyAutoBoundsNode>')
        self._write('  </data>')
        self._write(f'  <graph edgedefault="directed" id="{node_id}:">')
        self.indent += 4
        self.prefixes.append(node_id + "::")
        self.counters.append(0)
        self.edge_counters.append(0)
        return node_id

    def close_graph(self):
        self.indent -= 4
        self.prefixes.pop()
        self.counters.pop()
        self.edge_counters.pop()
        self._write('  </graph>')
        self._write('</node>')

    def open_table(self, rect, title, columns, rows, column_header, row_header, title_band):
        """A y:TableNode: `columns` and `rows` are (id, label, size); its nested graph comes next."""
        node_id = self.next_id()
        self._write(f'<node id="{node_id}" yfiles.foldertype="group">')
        self._write('  <data key="d4" xml:space="preserve"/>')
        self._write('  <data key="d6">')
        self._write('    <y:TableNode configuration="YED_TABLE_NODE">')
        self._write('      ' + self.geometry(rect))
        self._write('      <y:Fill color="#ECF5FF" color2="#0042F440" transparent="false"/>')
        self._write('      <y:BorderStyle hasColor="false" type="line" width="1.0"/>')
        self.labels.append(title)
        self._write(
            f'      <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="15" '
            f'fontStyle="plain" hasBackgroundColor="false" hasLineColor="false" height="21.666015625" '
            f'horizontalTextPosition="center" iconTextGap="4" modelName="internal" modelPosition="t" '
            f'textColor="#000000" verticalTextPosition="bottom" visible="true" '
            f'width="{num(text_width(title, 15), 4)}" x="{num((rect.w - text_width(title, 15)) / 2, 4)}" '
            f'xml:space="preserve" y="4.0">{text_xml(title)}</y:NodeLabel>')
        offset = row_header
        for column_id, label, width in columns:
            model = ('<y:LabelModel><y:ColumnNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter>'
                     f'<y:ColumnNodeLabelModelParameter id="{column_id}" inside="true" verticalPosition="0.0"/>'
                     '</y:ModelParameter>')
            self._write('      ' + self.label(label, Rect(offset, title_band, width, column_header), font=13,
                                              model=model, background="#DCE6F2"))
            offset += width
        for row_id, label, height in rows:
            model = ('<y:LabelModel><y:RowNodeLabelModel offset="3.0"/></y:LabelModel><y:ModelParameter>'
                     f'<y:RowNodeLabelModelParameter horizontalPosition="0.0" id="{row_id}" inside="true"/>'
                     '</y:ModelParameter>')
            self._write('      ' + self.label(label, Rect(0, 0, row_header, height), font=13, model=model,
                                              extra=' rotationAngle="270.0"', background="#DCE6F2"))
        self._write('      <y:StyleProperties>')
        for name, cls, value in [
            ("yed.table.section.color", "java.lang.String", "#7192b2"),
            ("yed.table.header.height", "java.lang.Double", "24.0"),
            ("yed.table.lane.color.main", "java.lang.String", "#c4d7ed"),
            ("yed.table.lane.color.alternating", "java.lang.String", "#abc8e2"),
            ("yed.table.header.color.alternating", "java.lang.String", "#abc8e2"),
            ("yed.table.lane.style", "java.lang.String", "lane.style.rows"),
            ("yed.table.header.color.main", "java.lang.String", "#c4d7ed"),
        ]:
            self._write(f'        <y:Property class="{cls}" name="{name}" value="{value}"/>')
        self._write('      </y:StyleProperties>')
        self._write('      <y:State autoResize="true" closed="false" closedHeight="80.0" closedWidth="100.0"/>')
        self._write('      <y:Insets bottom="0" bottomF="0.0" left="0" leftF="0.0" right="0" rightF="0.0" top="0" '
                    'topF="0.0"/>')
        self._write('      <y:BorderInsets bottom="0" bottomF="0.0" left="0" leftF="0.0" right="0" rightF="0.0" '
                    'top="0" topF="0.0"/>')
        self._write('      <y:Table autoResizeTable="true" defaultColumnWidth="120.0" '
                    'defaultMinimumColumnWidth="80.0" defaultMinimumRowHeight="50.0" defaultRowHeight="80.0">')
        self._write(f'        <y:DefaultColumnInsets bottom="0.0" left="0.0" right="0.0" top="{num(column_header)}"/>')
        self._write(f'        <y:DefaultRowInsets bottom="0.0" left="{num(row_header)}" right="0.0" top="0.0"/>')
        self._write(f'        <y:Insets bottom="0.0" left="0.0" right="0.0" top="{num(title_band)}"/>')
        self._write('        <y:Columns>')
        for column_id, _, width in columns:
            self._write(f'          <y:Column id="{column_id}" minimumWidth="80.0" width="{num(width)}">'
                        '<y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Column>')
        self._write('        </y:Columns>')
        self._write('        <y:Rows>')
        for row_id, _, height in rows:
            self._write(f'          <y:Row height="{num(height)}" id="{row_id}" minimumHeight="50.0">'
                        '<y:Insets bottom="0.0" left="0.0" right="0.0" top="0.0"/></y:Row>')
        self._write('        </y:Rows>')
        self._write('      </y:Table>')
        self._write('    </y:TableNode>')
        self._write('  </data>')
        self._write(f'  <graph edgedefault="directed" id="{node_id}:">')
        self.indent += 4
        self.prefixes.append(node_id + "::")
        self.counters.append(0)
        self.edge_counters.append(0)
        return node_id

    def edge(self, source, target, color="#000000", width=1.0, arrow="standard", smoothed=False, line="line"):
        edge_id = f"{self.prefixes[-1]}e{self.edge_counters[-1]}"
        self.edge_counters[-1] += 1
        self._write(f'<edge id="{edge_id}" source="{source}" target="{target}">')
        self._write('  <data key="d10">')
        self._write('    <y:PolyLineEdge>')
        self._write('      <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/>')
        self._write(f'      <y:LineStyle color="{color}" type="{line}" width="{num(width)}"/>')
        self._write(f'      <y:Arrows source="none" target="{arrow}"/>')
        self._write(f'      <y:BendStyle smoothed="{"true" if smoothed else "false"}"/>')
        self._write('    </y:PolyLineEdge>')
        self._write('  </data>')
        self._write('</edge>')

    def text(self):
        return "".join(self.lines) + YED_FOOTER


LANE_FILLS = {
    ACTIONS: "#FFF2CC", THOUGHTS: "#E1D5E7", EMOTIONS: "#FFE6CC", TOUCHPOINTS: "#DAE8FC", PAIN: "#F8CECC",
    OPPORTUNITIES: "#D5E8D4", BACKSTAGE: "#F5F5F5", None: "#FFFFFF",
}


def card_fill(journey, lane):
    return LANE_FILLS[dict(journey.lanes)[lane]]


def draw_yed_cards(doc, journey, grid, generic=None):
    """The cards of a grid as ShapeNodes (or GenericNodes); returns node ids by (lane, column)."""
    ids = {}
    for placed in grid.placed:
        text = item_text(placed.item)
        fill = card_fill(journey, placed.lane)
        if generic:
            node_id = doc.generic_node(placed.rect, text, generic, fill=fill, fill2=fill)
        else:
            node_id = doc.shape_node(placed.rect, text, shape="roundrectangle", fill=fill, border="#666666")
        ids.setdefault((placed.lane, placed.column), []).append(node_id)
    return ids


def write_yed_table(journey, seed_name, generic=None):
    rng = random.Random(seed_name)
    doc = YEdDocument()
    title_band, column_header, row_header = 30.0, 28.0, 30.0
    x0, y0 = 40.0, 30.0
    grid = Grid(journey, rng, x0 + row_header, y0 + title_band + column_header, jitter=(5, 3))
    table = Rect(x0, y0, row_header + sum(grid.columns), title_band + column_header + sum(grid.rows))
    columns = [(f"column_{i}", stage, width) for i, ((stage, _), width) in enumerate(zip(journey.columns, grid.columns))]
    rows = [(f"row_{i}", lane, height) for i, ((lane, _), height) in enumerate(zip(journey.lanes, grid.rows))]
    doc.open_table(table, journey.title, columns, rows, column_header, row_header, title_band)
    draw_yed_cards(doc, journey, grid, generic=generic)
    doc.close_graph()
    if journey.notes:
        # A footnote under the table and, when there is one, a legend box to the right of it.
        footnote = journey.notes[0]
        doc.shape_node(Rect(x0, table.y + table.h + 18, text_width(footnote, 11) + 10, 20), footnote,
                       text_only=True, font=11)
        for legend in journey.notes[1:]:
            doc.shape_node(Rect(table.x + table.w + 60, y0 + 90, text_width(legend, 12) + 24, 44), legend,
                           fill="#FFFFFF", border="#999999", border_type="dashed")
    return doc


def write_yed_groups(journey):
    rng = random.Random(journey.name)
    doc = YEdDocument()
    band, inset = 22.0, 15.0
    left = 20.0
    grid = Grid(journey, rng, left + inset, 140.0, jitter=(7, 4), row_slack=(0, 10))
    # The title, then the stage headers above the first lane.
    doc.shape_node(Rect(left, 10, text_width(journey.title, 20) + 20, 34), journey.title, text_only=True, font=20,
                   bold=True)
    for stage, start, end in grid.stage_spans():
        doc.shape_node(Rect(start + 4 + rng.uniform(-3, 3), 70 + rng.uniform(-4, 4), end - start - 8, 40), stage,
                       fill="#4D7EBF", border="#2F5597", font=14, bold=True)
    # Each lane a group: the title band on top, then the cards, 10 px between groups.
    y = 125.0
    group_width = sum(grid.columns) + 2 * inset
    for row, (lane, _) in enumerate(journey.lanes):
        content = grid.rows[row]
        rect = Rect(left, y, group_width, band + content + inset)
        shift = y + band + 6 - grid.row_starts[row]
        doc.open_group(rect, lane, fill="#FAFAFA" if row % 2 else "#F2F2F2")
        ids = []
        for placed in grid.placed:
            if placed.lane != lane:
                continue
            card = Rect(placed.rect.x, placed.rect.y + shift, placed.rect.w, placed.rect.h)
            node_id = doc.shape_node(card, item_text(placed.item), shape="roundrectangle",
                                     fill=card_fill(journey, lane), border="#666666")
            ids.append((placed.column, node_id))
        if row == 0:
            # The customer's steps joined left to right, first card of each stage to the next one's.
            firsts = []
            for column in range(len(journey.columns)):
                in_column = [node for col, node in ids if col == column]
                if in_column:
                    firsts.append(in_column[0])
            for source, target in zip(firsts, firsts[1:]):
                doc.edge(source, target, color="#2F5597")
        doc.close_graph()
        y += rect.h + 10
    return doc


def write_yed_loose_grid(journey, chevrons=False):
    rng = random.Random(journey.name)
    doc = YEdDocument()
    lane_header = 150.0
    x0 = 30.0
    persona_band = 110.0 if journey.personas else 0.0
    header_top = 80.0 + persona_band
    stage_header_height = 46.0
    grid = Grid(journey, rng, x0 + lane_header + 12, header_top + stage_header_height + 12, jitter=(10, 6),
                row_slack=(4, 24))
    doc.shape_node(Rect(x0 + 4, 20, text_width(journey.title, 22) + 20, 38), journey.title, text_only=True,
                   font=22, bold=True)
    for index, (name, role) in enumerate(journey.personas):
        text = f"{name}\n{role}"
        doc.shape_node(Rect(x0 + 10 + index * 290 + rng.uniform(-6, 6), 74 + rng.uniform(-4, 4),
                            max(230, text_width(role, 12) + 30), 64), text, shape="roundrectangle",
                       fill="#F5F5F5", border="#999999")
    for stage, start, end in grid.stage_spans():
        rect = Rect(start + 2 + rng.uniform(-4, 4), header_top + rng.uniform(-5, 5),
                    end - start - 6 + rng.uniform(-6, 6), stage_header_height)
        if chevrons:
            doc.shape_node(rect, stage, shape="hexagon", fill="#1F4E79", border="#1F4E79", font=14, bold=True)
        else:
            doc.shape_node(rect, stage, fill="#DDEBF7", border="#5B9BD5", font=14, bold=True)
    for row, (lane, kind) in enumerate(journey.lanes):
        rect = Rect(x0 + rng.uniform(-4, 4), grid.row_starts[row] + 4 + rng.uniform(-4, 4), lane_header,
                    grid.rows[row] - 8 + rng.uniform(-6, 4))
        doc.shape_node(rect, lane, fill=LANE_FILLS[kind], border="#7F7F7F", font=13, bold=True)
    draw_yed_cards(doc, journey, grid)
    for note in journey.notes:
        doc.shape_node(Rect(x0, grid.bottom + 24, text_width(note, 11) + 10, 20), note, text_only=True, font=11)
    return doc


def write_yed_curve(journey):
    """Lane headers as tall boxes the full height of their lane; emotions as dots joined by a curve."""
    rng = random.Random(journey.name)
    doc = YEdDocument()
    lane_header = 140.0
    x0 = 20.0
    emotion_row = [lane for lane, kind in journey.lanes].index(
        next(lane for lane, kind in journey.lanes if kind == EMOTIONS))
    # The emotion lane is taller than its cards would need: the dots use its whole height.
    grid = Grid(journey, rng, x0 + lane_header, 130.0, jitter=(8, 5), fixed_rows={emotion_row: 220.0})
    doc.shape_node(Rect(x0, 24, text_width(journey.title, 22) + 20, 38), journey.title, text_only=True, font=22,
                   bold=True)
    for stage, start, end in grid.stage_spans():
        doc.shape_node(Rect(start + 3, 76 + rng.uniform(-3, 3), end - start - 6, 44), stage, fill="#404040",
                       border="#404040", font=14, bold=True)
    for row, (lane, kind) in enumerate(journey.lanes):
        # Exactly the lane's extent: the emotion lane's header is the scale of the curve.
        doc.shape_node(Rect(x0, grid.row_starts[row], lane_header, grid.rows[row]), lane, fill=LANE_FILLS[kind],
                       border="#7F7F7F", font=13, bold=True)
    for item in grid.placed:
        if isinstance(item.item, Emo):
            continue
        doc.shape_node(item.rect, item.item, shape="roundrectangle", fill=card_fill(journey, item.lane),
                       border="#666666")
    lane = journey.lanes[emotion_row][0]
    top, height = grid.row_starts[emotion_row], grid.rows[emotion_row]
    dots = []
    radius = 7.0
    for column, cell in enumerate(journey.grid[lane]):
        for emotion in cell:
            # ±2 sit a little inside the lane's edges (1.86 to 1.94), the others within ±0.08 of their
            # score: every dot is within ±0.15 of its integer score.
            if abs(emotion.score) == 2:
                score = emotion.score * 0.95 + rng.uniform(-0.04, 0.04)
            else:
                score = emotion.score + rng.uniform(-0.08, 0.08)
            centre_y = top + (2 - score) / 4 * height
            centre_x = grid.column_starts[column] + grid.columns[column] / 2 + rng.uniform(-18, 18)
            dot = Rect(centre_x - radius, centre_y - radius, 2 * radius, 2 * radius)
            dot_id = doc.shape_node(dot, "", shape="ellipse", fill="#C0504D", border="#943634")
            word = emotion.label
            doc.shape_node(Rect(centre_x + radius + 4, centre_y - 10, text_width(word, 12) + 8, 20), word,
                           text_only=True, font=12)
            dots.append(dot_id)
    for source, target in zip(dots, dots[1:]):
        doc.edge(source, target, color="#C0504D", width=2.0, arrow="none", smoothed=True)
    return doc


# MARK: - Visio (VSDX)

VISIO_NS = "http://schemas.microsoft.com/office/visio/2012/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
VISIO_REL = "http://schemas.microsoft.com/visio/2010/relationships"

RECTANGLE_GEOMETRY = (
    "<Section N='Geometry' IX='0'><Cell N='NoFill' V='0'/><Cell N='NoLine' V='0'/><Cell N='NoShow' V='0'/>"
    "<Cell N='NoSnap' V='0'/><Cell N='NoQuickDrag' V='0'/>"
    "<Row T='RelMoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='2'><Cell N='X' V='1'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='3'><Cell N='X' V='1'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='4'><Cell N='X' V='0'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='5'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row></Section>")

DIAMOND_GEOMETRY = (
    "<Section N='Geometry' IX='0'><Cell N='NoFill' V='0'/><Cell N='NoLine' V='0'/><Cell N='NoShow' V='0'/>"
    "<Cell N='NoSnap' V='0'/><Cell N='NoQuickDrag' V='0'/>"
    "<Row T='RelMoveTo' IX='1'><Cell N='X' V='0.5'/><Cell N='Y' V='1'/></Row>"
    "<Row T='RelLineTo' IX='2'><Cell N='X' V='1'/><Cell N='Y' V='0.5'/></Row>"
    "<Row T='RelLineTo' IX='3'><Cell N='X' V='0.5'/><Cell N='Y' V='0'/></Row>"
    "<Row T='RelLineTo' IX='4'><Cell N='X' V='0'/><Cell N='Y' V='0.5'/></Row>"
    "<Row T='RelLineTo' IX='5'><Cell N='X' V='0.5'/><Cell N='Y' V='1'/></Row></Section>")


def vnum(value):
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def visio_text(text, crlf=False):
    """A <Text> element as Visio writes it: markers first, a line end after the last paragraph."""
    body = text_xml(text)
    if crlf:
        body = body.replace("\n", "&#xD;&#xA;") + "&#xD;&#xA;"
    else:
        body += "\n"
    return f"<Text><cp IX='0'/><pp IX='0'/>{body}</Text>"


class VisioPage:
    """The shapes of one page, in inches with y up; remembers every label it writes."""

    def __init__(self, name, width, height, scale=None, unit="IN"):
        self.name = name
        self.width = width
        self.height = height
        self.scale = scale  # (PageScale, DrawingScale, unit) or None
        self.unit = unit
        self.shapes = []
        self.connects = []
        self.labels = []
        self.next_id = 1
        self.masters_used = set()

    def claim_id(self):
        shape_id = self.next_id
        self.next_id += 1
        return shape_id

    def cell(self, name, value, formula=None, unit=None):
        unit_attribute = f" U='{unit}'" if unit else ""
        formula_attribute = f" F='{attr(formula)}'" if formula else ""
        return f"<Cell N='{name}' V='{attr(value)}'{unit_attribute}{formula_attribute}/>"

    def frame_cells(self, pin_x, pin_y, width, height, angle=None):
        unit = self.unit if self.unit != "IN" else None
        cells = [self.cell("PinX", vnum(pin_x), unit=unit), self.cell("PinY", vnum(pin_y), unit=unit),
                 self.cell("Width", vnum(width), unit=unit), self.cell("Height", vnum(height), unit=unit),
                 self.cell("LocPinX", vnum(width / 2), "Width*0.5", unit=unit),
                 self.cell("LocPinY", vnum(height / 2), "Height*0.5", unit=unit)]
        if angle is not None:
            cells.append(self.cell("Angle", vnum(angle)))
        return "".join(cells)

    def shape(self, left, top, width, height, text="", fill="#FFFFFF", line="#404040", name="Rectangle",
              angle=None, text_only=False, font_size=None, bold=False, extra="", master=None, crlf=False,
              geometry=RECTANGLE_GEOMETRY, own_id=None):
        """A 2-D shape from its top-left corner in inches measured from the page top (y down)."""
        shape_id = own_id or self.claim_id()
        pin_x = left + width / 2
        pin_y = self.height - top - height / 2
        return self.shape_at(shape_id, pin_x, pin_y, width, height, text, fill, line, name, angle, text_only,
                             font_size, bold, extra, master, crlf, geometry)

    def shape_at(self, shape_id, pin_x, pin_y, width, height, text="", fill="#FFFFFF", line="#404040",
                 name="Rectangle", angle=None, text_only=False, font_size=None, bold=False, extra="", master=None,
                 crlf=False, geometry=RECTANGLE_GEOMETRY, children=None):
        parts = []
        master_attribute = f" Master='{master}'" if master else ""
        if master:
            self.masters_used.add(master)
        type_name = "Group" if children is not None else "Shape"
        unique_name = f"{name}.{shape_id}" if shape_id > 1 else name
        parts.append(f"<Shape ID='{shape_id}' NameU='{attr(unique_name)}' Name='{attr(unique_name)}' "
                     f"Type='{type_name}'{master_attribute}>")
        parts.append(self.frame_cells(pin_x, pin_y, width, height, angle))
        if text_only:
            parts.append(self.cell("FillPattern", "0") + self.cell("LinePattern", "0"))
        elif not master:
            parts.append(self.cell("FillForegnd", fill) + self.cell("LineColor", line) +
                         self.cell("LineWeight", "0.01041666666666667", unit="PT"))
        elif fill:
            parts.append(self.cell("FillForegnd", fill))
        parts.append(extra)
        if font_size or bold:
            character = "<Section N='Character'><Row IX='0'>"
            if font_size:
                character += self.cell("Size", vnum(font_size / 72), unit="PT")
            if bold:
                character += self.cell("Style", "1")
            character += "</Row></Section>"
            parts.append(character)
        if not master and geometry and children is None:
            parts.append(geometry)
        if text:
            parts.append(visio_text(text, crlf))
            self.labels.append(text)
        if children is not None:
            # As in Visio's schema, a group's sub-shapes come after its text.
            parts.append("<Shapes>" + "".join(children) + "</Shapes>")
        parts.append("</Shape>")
        xml = "".join(parts)
        return xml

    def add(self, xml):
        self.shapes.append(xml)

    def connector(self, begin, end, source_id, target_id, text="", master=None):
        """A 1-D dynamic connector from begin to end (inches, y up), glued to two shapes."""
        shape_id = self.claim_id()
        (bx, by), (ex, ey) = begin, end
        width = math.hypot(ex - bx, ey - by)
        angle = math.atan2(ey - by, ex - bx)
        master_attribute = f" Master='{master}'" if master else ""
        if master:
            self.masters_used.add(master)
        parts = [f"<Shape ID='{shape_id}' NameU='Dynamic connector.{shape_id}' Name='Dynamic connector.{shape_id}' "
                 f"Type='Shape'{master_attribute}>",
                 self.cell("PinX", vnum((bx + ex) / 2), "Inh"), self.cell("PinY", vnum((by + ey) / 2), "Inh"),
                 self.cell("Width", vnum(width), "GUARD(EndX-BeginX)"), self.cell("Height", "0.25", "GUARD(0.25DL)"),
                 self.cell("LocPinX", vnum(width / 2), "Inh"), self.cell("LocPinY", "0.125", "Inh"),
                 self.cell("Angle", vnum(angle)),
                 self.cell("BeginX", vnum(bx), "_WALKGLUE(BegTrigger,EndTrigger,WalkPreference)"),
                 self.cell("BeginY", vnum(by), "_WALKGLUE(BegTrigger,EndTrigger,WalkPreference)"),
                 self.cell("EndX", vnum(ex), "_WALKGLUE(EndTrigger,BegTrigger,WalkPreference)"),
                 self.cell("EndY", vnum(ey), "_WALKGLUE(EndTrigger,BegTrigger,WalkPreference)"),
                 self.cell("BegTrigger", "2", f"_XFTRIGGER(Sheet.{source_id}!EventXFMod)"),
                 self.cell("EndTrigger", "2", f"_XFTRIGGER(Sheet.{target_id}!EventXFMod)"),
                 self.cell("EndArrow", "4")]
        if text:
            parts.append(visio_text(text))
            self.labels.append(text)
        parts.append("</Shape>")
        self.shapes.append("".join(parts))
        self.connects.append(f"<Connect FromSheet='{shape_id}' FromCell='BeginX' FromPart='9' ToSheet='{source_id}' "
                             f"ToCell='PinX' ToPart='3'/>")
        self.connects.append(f"<Connect FromSheet='{shape_id}' FromCell='EndX' FromPart='12' ToSheet='{target_id}' "
                             f"ToCell='PinX' ToPart='3'/>")
        return shape_id

    def line(self, begin, end, color="#A6A6A6"):
        """A plain 1-D line (a lane separator): begin and end, a straight geometry, no glue."""
        shape_id = self.claim_id()
        (bx, by), (ex, ey) = begin, end
        width = math.hypot(ex - bx, ey - by)
        self.shapes.append(
            f"<Shape ID='{shape_id}' NameU='Line.{shape_id}' Name='Line.{shape_id}' Type='Shape'>"
            + self.cell("PinX", vnum((bx + ex) / 2)) + self.cell("PinY", vnum((by + ey) / 2))
            + self.cell("Width", vnum(width)) + self.cell("Height", "0")
            + self.cell("LocPinX", vnum(width / 2)) + self.cell("LocPinY", "0")
            + self.cell("Angle", vnum(math.atan2(ey - by, ex - bx)))
            + self.cell("BeginX", vnum(bx)) + self.cell("BeginY", vnum(by))
            + self.cell("EndX", vnum(ex)) + self.cell("EndY", vnum(ey))
            + self.cell("LineColor", color) + self.cell("LinePattern", "2")
            + "<Section N='Geometry' IX='0'><Cell N='NoFill' V='1'/>"
            + f"<Row T='MoveTo' IX='1'><Cell N='X' V='0'/><Cell N='Y' V='0'/></Row>"
            + f"<Row T='LineTo' IX='2'><Cell N='X' V='{vnum(width)}'/><Cell N='Y' V='0'/></Row></Section>"
            + "</Shape>")
        return shape_id

    def page_sheet(self):
        cells = [self.cell("PageWidth", vnum(self.width), unit=self.unit),
                 self.cell("PageHeight", vnum(self.height), unit=self.unit),
                 self.cell("ShdwOffsetX", "0.125", unit="IN"), self.cell("ShdwOffsetY", "-0.125", unit="IN")]
        if self.scale:
            page_scale, drawing_scale, unit = self.scale
            cells += [self.cell("PageScale", f"{page_scale:.16g}", unit=unit),
                      self.cell("DrawingScale", f"{drawing_scale:.16g}", unit=unit),
                      self.cell("DrawingSizeType", "3"), self.cell("DrawingScaleType", "4")]
        else:
            cells += [self.cell("PageScale", "1", unit="IN"), self.cell("DrawingScale", "1", unit="IN"),
                      self.cell("DrawingSizeType", "0"), self.cell("DrawingScaleType", "0")]
        cells += [self.cell("InhibitSnap", "0"), self.cell("UIVisibility", "0"), self.cell("DrawingResizeType", "1"),
                  self.cell("PageLeftMargin", "0.25", unit="IN"), self.cell("PageRightMargin", "0.25", unit="IN"),
                  self.cell("PageTopMargin", "0.25", unit="IN"), self.cell("PageBottomMargin", "0.25", unit="IN"),
                  self.cell("PrintPageOrientation", "2")]
        return "<PageSheet LineStyle='0' FillStyle='0' TextStyle='0'>" + "".join(cells) + "</PageSheet>"

    def contents(self):
        connects = f"<Connects>{''.join(self.connects)}</Connects>" if self.connects else ""
        return (f"<?xml version='1.0' encoding='utf-8' ?>\n<PageContents xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
                f"xml:space='preserve'><Shapes>{''.join(self.shapes)}</Shapes>{connects}</PageContents>")


MASTERS = {
    # ID: (NameU, shape XML inside <Shapes>)
    "2": ("Process", "<Shape ID='5' Type='Shape' LineStyle='3' FillStyle='3' TextStyle='3'>"
          "<Cell N='PinX' V='0.5'/><Cell N='PinY' V='0.375'/><Cell N='Width' V='1'/><Cell N='Height' V='0.75'/>"
          "<Cell N='LocPinX' V='0.5' F='Width*0.5'/><Cell N='LocPinY' V='0.375' F='Height*0.5'/>"
          "<Cell N='Angle' V='0'/><Cell N='FillForegnd' V='#5b9bd5'/><Cell N='LineColor' V='#41719c'/>"
          "<Section N='User'><Row N='visVersion'><Cell N='Value' V='15'/></Row></Section>"
          "<Section N='Property'><Row N='Cost'><Cell N='Value' V='' U='CUR'/><Cell N='Label' V='Cost'/></Row>"
          "<Row N='Owner'><Cell N='Value' V=''/><Cell N='Label' V='Owner'/></Row></Section>"
          + RECTANGLE_GEOMETRY + "</Shape>"),
    "3": ("Decision", "<Shape ID='5' Type='Shape' LineStyle='3' FillStyle='3' TextStyle='3'>"
          "<Cell N='PinX' V='0.5'/><Cell N='PinY' V='0.5'/><Cell N='Width' V='1'/><Cell N='Height' V='1'/>"
          "<Cell N='LocPinX' V='0.5' F='Width*0.5'/><Cell N='LocPinY' V='0.5' F='Height*0.5'/>"
          "<Cell N='FillForegnd' V='#5b9bd5'/><Cell N='LineColor' V='#41719c'/>" + DIAMOND_GEOMETRY + "</Shape>"),
    "4": ("Start/End", "<Shape ID='5' Type='Shape' LineStyle='3' FillStyle='3' TextStyle='3'>"
          "<Cell N='PinX' V='0.5'/><Cell N='PinY' V='0.25'/><Cell N='Width' V='1'/><Cell N='Height' V='0.5'/>"
          "<Cell N='LocPinX' V='0.5' F='Width*0.5'/><Cell N='LocPinY' V='0.25' F='Height*0.5'/>"
          "<Cell N='FillForegnd' V='#4d4d4d'/><Cell N='LineColor' V='#41719c'/><Cell N='Rounding' V='0.25'/>"
          + RECTANGLE_GEOMETRY + "</Shape>"),
    "5": ("Dynamic connector", "<Shape ID='5' Type='Shape' LineStyle='3' FillStyle='3' TextStyle='3'>"
          "<Cell N='PinX' V='0.5'/><Cell N='PinY' V='0'/><Cell N='Width' V='1'/><Cell N='Height' V='0.25'/>"
          "<Cell N='LocPinX' V='0.5' F='Width*0.5'/><Cell N='LocPinY' V='0.125' F='Height*0.5'/>"
          "<Cell N='BeginX' V='0'/><Cell N='BeginY' V='0'/><Cell N='EndX' V='1'/><Cell N='EndY' V='0'/>"
          "<Cell N='LineColor' V='#5b9bd5'/><Cell N='EndArrow' V='4'/><Cell N='ObjType' V='2'/>"
          "<Section N='Geometry' IX='0'><Cell N='NoFill' V='1'/><Row T='MoveTo' IX='1'><Cell N='X' V='0'/>"
          "<Cell N='Y' V='0.125'/></Row><Row T='LineTo' IX='2'><Cell N='X' V='1'/><Cell N='Y' V='0.125'/></Row>"
          "</Section></Shape>"),
}

DOCUMENT_XML = (
    f"<?xml version='1.0' encoding='utf-8' ?>\n<VisioDocument xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
    "xml:space='preserve'><DocumentSettings TopPage='0' DefaultTextStyle='3' DefaultLineStyle='3' "
    "DefaultFillStyle='3' DefaultGuideStyle='4'><GlueSettings>9</GlueSettings><SnapSettings>295</SnapSettings>"
    "<SnapExtensions>34</SnapExtensions><SnapAngles/><DynamicGridEnabled>1</DynamicGridEnabled>"
    "<ProtectStyles>0</ProtectStyles><ProtectShapes>0</ProtectShapes><ProtectMasters>0</ProtectMasters>"
    "<ProtectBkgnds>0</ProtectBkgnds></DocumentSettings><Colors><ColorEntry IX='24' RGB='#000000'/>"
    "<ColorEntry IX='25' RGB='#FFFFFF'/></Colors><FaceNames><FaceName NameU='Calibri' "
    "UnicodeRanges='-536859905 -1073732485 9 0' CharSets='536871423 0' Panose='2 15 5 2 2 2 4 3 2 4' Flags='325'/>"
    "</FaceNames><StyleSheets>"
    "<StyleSheet ID='0' NameU='No Style' Name='No Style'><Cell N='LineWeight' V='0.01041666666666667'/>"
    "<Cell N='LineColor' V='0'/><Cell N='LinePattern' V='1'/><Cell N='FillForegnd' V='1'/>"
    "<Cell N='FillBkgnd' V='0'/><Cell N='FillPattern' V='1'/><Cell N='VerticalAlign' V='1'/>"
    "<Section N='Character'><Row IX='0'><Cell N='Font' V='Calibri'/><Cell N='Color' V='0'/>"
    "<Cell N='Size' V='0.1666666666666667'/></Row></Section></StyleSheet>"
    "<StyleSheet ID='3' NameU='Normal' Name='Normal' LineStyle='0' FillStyle='0' TextStyle='0'>"
    "<Cell N='LeftMargin' V='0.05555555555555555' U='PT'/><Cell N='RightMargin' V='0.05555555555555555' U='PT'/>"
    "<Cell N='TopMargin' V='0.05555555555555555' U='PT'/><Cell N='BottomMargin' V='0.05555555555555555' U='PT'/>"
    "</StyleSheet>"
    "<StyleSheet ID='4' NameU='Guide' Name='Guide' LineStyle='3' FillStyle='3' TextStyle='3'>"
    "<Cell N='LinePattern' V='23'/><Cell N='FillPattern' V='0'/></StyleSheet>"
    "</StyleSheets><DocumentSheet NameU='TheDoc' Name='TheDoc' LineStyle='0' FillStyle='0' TextStyle='0'>"
    "<Cell N='OutputFormat' V='0'/><Cell N='LockPreview' V='0'/><Cell N='AddMarkup' V='0'/>"
    "<Cell N='ViewMarkup' V='0'/><Cell N='DocLockReplace' V='0' U='BOOL'/><Cell N='NoCoauth' V='0' U='BOOL'/>"
    "<Cell N='DocLockDuplicatePage' V='0' U='BOOL'/><Cell N='PreviewQuality' V='0'/><Cell N='PreviewScope' V='0'/>"
    "<Cell N='DocLangID' V='1033'/></DocumentSheet></VisioDocument>")


def write_vsdx(path, pages):
    """A VSDX package with the pages (VisioPage) in order and the masters they use."""
    masters = sorted(set().union(*(page.masters_used for page in pages)), key=int)
    parts = []
    overrides = ["<Override PartName='/visio/document.xml' ContentType='application/vnd.ms-visio.drawing.main+xml'/>",
                 "<Override PartName='/visio/pages/pages.xml' ContentType='application/vnd.ms-visio.pages+xml'/>"]
    for index in range(len(pages)):
        overrides.append(f"<Override PartName='/visio/pages/page{index + 1}.xml' "
                         "ContentType='application/vnd.ms-visio.page+xml'/>")
    if masters:
        overrides.append("<Override PartName='/visio/masters/masters.xml' "
                         "ContentType='application/vnd.ms-visio.masters+xml'/>")
        for position in range(len(masters)):
            overrides.append(f"<Override PartName='/visio/masters/master{position + 1}.xml' "
                             "ContentType='application/vnd.ms-visio.master+xml'/>")
    overrides.append("<Override PartName='/docProps/app.xml' "
                     "ContentType='application/vnd.openxmlformats-officedocument.extended-properties+xml'/>")
    parts.append(("[Content_Types].xml",
                  "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                  "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                  "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
                  "<Default Extension='xml' ContentType='application/xml'/>" + "".join(overrides) + "</Types>"))
    parts.append(("_rels/.rels",
                  f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                  f"<Relationship Id='rId1' Type='{VISIO_REL}/document' Target='visio/document.xml'/>"
                  "<Relationship Id='rId2' Type='http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships/extended-properties' Target='docProps/app.xml'/></Relationships>"))
    parts.append(("docProps/app.xml",
                  "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Properties xmlns='http://schemas."
                  "openxmlformats.org/officeDocument/2006/extended-properties'><Application>Microsoft Visio"
                  "</Application><Template></Template><DocSecurity>0</DocSecurity></Properties>"))
    parts.append(("visio/document.xml", DOCUMENT_XML))
    document_rels = [f"<Relationship Id='rId1' Type='{VISIO_REL}/pages' Target='pages/pages.xml'/>"]
    if masters:
        document_rels.append(f"<Relationship Id='rId2' Type='{VISIO_REL}/masters' Target='masters/masters.xml'/>")
    parts.append(("visio/_rels/document.xml.rels",
                  f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                  + "".join(document_rels) + "</Relationships>"))
    page_entries = []
    page_rels = []
    for index, page in enumerate(pages):
        page_entries.append(f"<Page ID='{index}' NameU='{attr(page.name)}' Name='{attr(page.name)}' "
                            f"ViewScale='-1' ViewCenterX='{vnum(page.width / 2)}' ViewCenterY='{vnum(page.height / 2)}'>"
                            f"{page.page_sheet()}<Rel r:id='rId{index + 1}'/></Page>")
        page_rels.append(f"<Relationship Id='rId{index + 1}' Type='{VISIO_REL}/page' Target='page{index + 1}.xml'/>")
    parts.append(("visio/pages/pages.xml",
                  f"<?xml version='1.0' encoding='utf-8' ?>\n<Pages xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
                  f"xml:space='preserve'>{''.join(page_entries)}</Pages>"))
    parts.append(("visio/pages/_rels/pages.xml.rels",
                  f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                  + "".join(page_rels) + "</Relationships>"))
    master_part = {master: f"master{position + 1}.xml" for position, master in enumerate(masters)}
    for index, page in enumerate(pages):
        parts.append((f"visio/pages/page{index + 1}.xml", page.contents()))
        if page.masters_used:
            rels = "".join(f"<Relationship Id='rId{position + 1}' Type='{VISIO_REL}/master' "
                           f"Target='../masters/{master_part[master]}'/>"
                           for position, master in enumerate(sorted(page.masters_used, key=int)))
            parts.append((f"visio/pages/_rels/page{index + 1}.xml.rels",
                          f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                          f"<Relationships xmlns='{PKG_REL_NS}'>{rels}</Relationships>"))
    if masters:
        entries = []
        rels = []
        for position, master in enumerate(masters):
            name = MASTERS[master][0]
            entries.append(f"<Master ID='{master}' NameU='{attr(name)}' IsCustomNameU='1' Name='{attr(name)}' "
                           f"IsCustomName='1' IconSize='1' AlignName='2' MatchByName='0' IconUpdate='1' "
                           f"PatternFlags='0' Hidden='0' MasterType='2'><PageSheet LineStyle='0' FillStyle='0' "
                           f"TextStyle='0'><Cell N='PageWidth' V='4' U='IN'/><Cell N='PageHeight' V='4' U='IN'/>"
                           f"</PageSheet><Rel r:id='rId{position + 1}'/></Master>")
            rels.append(f"<Relationship Id='rId{position + 1}' Type='{VISIO_REL}/master' "
                        f"Target='{master_part[master]}'/>")
            parts.append((f"visio/masters/{master_part[master]}",
                          f"<?xml version='1.0' encoding='utf-8' ?>\n<MasterContents xmlns='{VISIO_NS}' "
                          f"xmlns:r='{REL_NS}' xml:space='preserve'><Shapes>{MASTERS[master][1]}</Shapes>"
                          "</MasterContents>"))
        parts.append(("visio/masters/masters.xml",
                      f"<?xml version='1.0' encoding='utf-8' ?>\n<Masters xmlns='{VISIO_NS}' xmlns:r='{REL_NS}' "
                      f"xml:space='preserve'>{''.join(entries)}</Masters>"))
        parts.append(("visio/masters/_rels/masters.xml.rels",
                      f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<Relationships xmlns='{PKG_REL_NS}'>"
                      + "".join(rels) + "</Relationships>"))
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 5, 12, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content.encode("utf-8"))


PX = 96.0  # the layout is made in pixels (y down) and written in inches (y up)


def visio_cards(page, journey, grid, angles=None, master=None, crlf=False):
    """Top-level card shapes; returns {lane: [shape ids]}."""
    ids = {}
    for index, placed in enumerate(grid.placed):
        r = placed.rect
        angle = angles.get(index) if angles else None
        fill = card_fill(journey, placed.lane)
        shape_xml = page.shape(r.x / PX, r.y / PX, r.w / PX, r.h / PX,
                               item_text(placed.item), fill=fill, line="#7F7F7F", name="Process" if master else
                               "Rectangle", angle=angle, master=master, crlf=crlf, font_size=10)
        page.add(shape_xml)
        shape_id = int(shape_xml.split("ID='")[1].split("'")[0])
        ids.setdefault(placed.lane, []).append(shape_id)
    return ids


def write_visio_containers(journey):
    rng = random.Random(journey.name)
    lane_band = 0.45 * PX  # the container's heading band on its left
    x0 = 0.4 * PX
    stage_top, step_top = 0.95 * PX, 1.45 * PX
    grid = Grid(journey, rng, x0 + lane_band + 10, 1.95 * PX, font=11, min_column=140, max_column=210,
                jitter=(5, 3), min_row=70)
    width = (grid.right + 0.5 * PX) / PX
    height = (grid.bottom + 0.7 * PX) / PX
    page = VisioPage("Page-1", max(17, math.ceil(width)), max(11, math.ceil(height)))
    page.add(page.shape(x0 / PX, 0.3, 6.5, 0.45, journey.title, text_only=True, font_size=20, bold=True,
                        name="Title"))
    for stage, start, end in grid.stage_spans():
        page.add(page.shape(start / PX + 0.03, stage_top / PX, (end - start) / PX - 0.06, 0.42, stage,
                            fill="#2E75B6", line="#1F4E79", font_size=13, bold=True, name="Stage"))
    for index, (stage, step) in enumerate(journey.columns):
        if step:
            start = grid.column_starts[index]
            page.add(page.shape(start / PX + 0.08, step_top / PX, grid.columns[index] / PX - 0.16, 0.34, step,
                                fill="#BDD7EE", line="#2E75B6", font_size=11, name="Step"))
    # Containers first (they lie behind their members), members by position, the last lane a group.
    container_ids = {}
    for row, (lane, kind) in enumerate(journey.lanes):
        container_ids[lane] = page.claim_id()
    card_ids = {}
    member_xml = []
    group_lane = journey.lanes[-1][0]
    for row, (lane, kind) in enumerate(journey.lanes):
        if lane == group_lane:
            continue
        for placed in grid.placed:
            if placed.lane != lane:
                continue
            r = placed.rect
            shape_id = page.claim_id()
            relationship = page.cell("Relationships", "0", f"SUM(DEPENDSON(4,Sheet.{container_ids[lane]}!SheetRef()))")
            member_xml.append(page.shape(r.x / PX, r.y / PX, r.w / PX, r.h / PX, item_text(placed.item),
                                         fill=card_fill(journey, lane), line="#7F7F7F", font_size=10,
                                         extra=relationship, own_id=shape_id))
            card_ids.setdefault(lane, []).append(shape_id)
    for row, (lane, kind) in enumerate(journey.lanes):
        left, top = x0 / PX, grid.row_starts[row] / PX + 0.03
        w, h = (grid.right + 8 - x0) / PX, grid.rows[row] / PX - 0.06
        user = ("<Section N='User'><Row N='msvStructureType'><Cell N='Value' V='Container' U='STR'/></Row>"
                "<Row N='msvSDContainerMargin'><Cell N='Value' V='0.125' U='DL'/></Row>"
                "<Row N='msvSDHeadingStyle'><Cell N='Value' V='3'/></Row>"
                "<Row N='msvSDContainerResize'><Cell N='Value' V='2'/></Row></Section>")
        text_block = (page.cell("TxtPinX", vnum(lane_band / PX / 2), "0.225in")
                      + page.cell("TxtPinY", vnum(h / 2), "Height*0.5")
                      + page.cell("TxtWidth", vnum(h), "Height") + page.cell("TxtHeight", vnum(lane_band / PX))
                      + page.cell("TxtLocPinX", vnum(h / 2), "TxtWidth*0.5")
                      + page.cell("TxtLocPinY", vnum(lane_band / PX / 2), "TxtHeight*0.5")
                      + page.cell("TxtAngle", "1.570796326794897", "90deg"))
        if lane == group_lane:
            # This lane is a group: its cards are sub-shapes in the group's own coordinates.
            children = []
            group_bottom = page.height - top - h
            for placed in grid.placed:
                if placed.lane != lane:
                    continue
                r = placed.rect
                cw, ch = r.w / PX, r.h / PX
                pin_x = r.x / PX + cw / 2 - left
                pin_y = page.height - r.y / PX - ch / 2 - group_bottom
                children.append(page.shape_at(page.claim_id(), pin_x, pin_y, cw, ch, item_text(placed.item),
                                              fill=card_fill(journey, lane), line="#7F7F7F", font_size=10))
            relationship = page.cell(
                "Relationships", "0",
                "SUM(DEPENDSON(1," + ",".join(f"Sheet.{int(c.split(chr(39))[1])}!SheetRef()" for c in children) + "))")
            page.add(page.shape_at(container_ids[lane], left + w / 2, page.height - top - h / 2, w, h, lane,
                                   fill=LANE_FILLS[kind], line="#595959", name="Container",
                                   extra=relationship + text_block + user, font_size=12, bold=True,
                                   children=children))
            continue
        members = card_ids.get(lane, [])
        relationship = (page.cell("Relationships", "0", "SUM(DEPENDSON(1," + ",".join(
            f"Sheet.{m}!SheetRef()" for m in members) + "))") if members else "")
        page.add(page.shape_at(container_ids[lane], left + w / 2, page.height - top - h / 2, w, h, lane,
                               fill=LANE_FILLS[kind], line="#595959", name="Container",
                               extra=relationship + text_block + user, font_size=12, bold=True))
    for xml in member_xml:
        page.add(xml)
    return [page]


def write_visio_scale(journey):
    """A loose grid on a page in a 1:2 metric drawing scale: all cells are drawing units (×2)."""
    rng = random.Random(journey.name)
    factor = 2.0  # drawing units per paper unit
    lane_header = 1.3 * PX
    x0, header_top = 0.5 * PX, 1.0 * PX
    grid = Grid(journey, rng, x0 + lane_header + 10, header_top + 0.5 * PX + 10, font=12, min_column=150,
                jitter=(8, 5), row_slack=(0, 16))
    paper_width_mm, paper_height_mm = 420.0, 297.0  # A3 landscape
    page = VisioPage("页-1", paper_width_mm * factor / 25.4, paper_height_mm * factor / 25.4,
                     scale=(1 / 25.4, factor / 25.4, "MM"), unit="MM")

    def box(rect, text, **options):
        page.add(page.shape(rect.x / PX * factor, rect.y / PX * factor, rect.w / PX * factor, rect.h / PX * factor,
                            text, **options))

    box(Rect(x0, 0.35 * PX, text_width(journey.title, 20) + 30, 0.45 * PX), journey.title, text_only=True,
        font_size=20, bold=True, name="Title")
    for stage, start, end in grid.stage_spans():
        box(Rect(start + 3 + rng.uniform(-4, 4), header_top + rng.uniform(-4, 4), end - start - 8, 0.5 * PX), stage,
            fill="#C00000", line="#C00000", font_size=14, bold=True, name="Stage")
    for row, (lane, kind) in enumerate(journey.lanes):
        box(Rect(x0 + rng.uniform(-3, 3), grid.row_starts[row] + 4 + rng.uniform(-3, 3), lane_header,
                 grid.rows[row] - 8), lane, fill=LANE_FILLS[kind], line="#7F7F7F", font_size=13, bold=True,
            name="Lane")
    for placed in grid.placed:
        box(placed.rect, item_text(placed.item), fill=card_fill(journey, placed.lane), line="#7F7F7F", font_size=10,
            name="Card")
    for note in journey.notes:
        box(Rect(x0, grid.bottom + 20, text_width(note, 10) + 20, 0.3 * PX), note, text_only=True, font_size=9,
            name="Note")
    return [page]


def write_visio_rotated(journey):
    rng = random.Random(journey.name)
    title_column = 0.55 * PX
    x0 = 0.35 * PX
    grid = Grid(journey, rng, x0 + title_column + 12, 1.35 * PX, font=12, min_column=170, max_column=240,
                jitter=(8, 5), row_slack=(10, 26))
    page = VisioPage("Page-1", 11, 8.5)
    page.height = max(8.5, math.ceil((grid.bottom + 0.5 * PX) / PX))
    page.width = max(11, math.ceil((grid.right + 0.5 * PX) / PX))
    page.add(page.shape(x0 / PX, 0.3, 6.0, 0.45, journey.title, text_only=True, font_size=20, bold=True,
                        name="Title"))
    for stage, start, end in grid.stage_spans():
        page.add(page.shape(start / PX + 0.04, 0.85 + rng.uniform(-0.03, 0.03), (end - start) / PX - 0.08, 0.4,
                            stage, fill="#548235", line="#385723", font_size=14, bold=True, name="Stage"))
    angles = [1.5708, 1.5708, -1.5708, 1.5708, 1.5708]
    for row, (lane, kind) in enumerate(journey.lanes):
        # The title reads along the lane's height: its own width is the lane height, turned 90°.
        long_side = grid.rows[row] / PX - 0.15
        centre_x = (x0 + title_column / 2) / PX
        centre_y = page.height - (grid.row_starts[row] + grid.rows[row] / 2) / PX
        page.add(page.shape_at(page.claim_id(), centre_x, centre_y, long_side, 0.32, lane, text_only=True,
                               angle=angles[row % len(angles)], font_size=13, bold=True, name="Lane title",
                               crlf=True))
        if row:
            y = page.height - grid.row_starts[row] / PX
            page.line((x0 / PX, y), (grid.right / PX, y))
    tilted = {}
    candidates = list(range(len(grid.placed)))
    for index, angle in zip(rng.sample(candidates, 4), [0.05, -0.04, 0.035, -0.05]):
        tilted[index] = angle
    visio_cards(page, journey, grid, angles=tilted, crlf=True)
    return [page]


def write_visio_pages(journey):
    rng = random.Random(journey.name)
    # Page 1: an unrelated flowchart (a leave request), drawn with the flowchart masters.
    flow = VisioPage("Prozess", 11, 8.5)
    flow.add(flow.shape(0.6, 0.4, 5, 0.4, "Urlaubsantrag (Ablauf)", text_only=True, font_size=16, bold=True))
    steps = [("4", "Antrag eingereicht", 1.2, 6.9, 1.4, 0.55), ("2", "Teamleitung prüft", 3.2, 6.9, 1.4, 0.75),
             ("3", "Genehmigt?", 5.2, 6.9, 1.2, 1.0), ("2", "Personalabteilung\ninformieren", 7.4, 6.9, 1.6, 0.75),
             ("2", "Rückfrage an\nMitarbeiter", 5.2, 5.0, 1.5, 0.75), ("4", "Ende", 9.5, 6.9, 1.0, 0.55)]
    ids = []
    for master, text, pin_x, pin_y, w, h in steps:
        shape_id = flow.claim_id()
        flow.add(flow.shape_at(shape_id, pin_x, pin_y, w, h, text, fill=None, master=master, name=MASTERS[master][0],
                               font_size=10))
        ids.append((shape_id, pin_x, pin_y, w, h))

    def link(a, b, text=""):
        (ia, ax, ay, aw, ah), (ib, bx, by, bw, bh) = ids[a], ids[b]
        if abs(ay - by) < 0.01:
            begin, end = (ax + aw / 2, ay), (bx - bw / 2, by)
        else:
            begin, end = (ax, ay - ah / 2), (bx, by + bh / 2)
        flow.connector(begin, end, ia, ib, text, master="5")

    link(0, 1)
    link(1, 2)
    link(2, 3, "ja")
    link(2, 4, "nein")
    link(3, 5)
    # Page 2: the journey, cards drawn with the Process master, a title, a footnote, a parked idea far away.
    lane_header = 1.35 * PX
    x0 = 0.5 * PX
    grid = Grid(journey, rng, x0 + lane_header + 10, 1.5 * PX, font=11, min_column=150, max_column=220,
                jitter=(6, 4), row_slack=(0, 14))
    page = VisioPage("Journey", max(17, math.ceil((grid.right + 0.6 * PX) / PX)),
                     max(11, math.ceil((grid.bottom + 1.0 * PX) / PX)))
    page.add(page.shape(x0 / PX, 0.35, 7.5, 0.45, journey.title, text_only=True, font_size=20, bold=True,
                        name="Titel"))
    for stage, start, end in grid.stage_spans():
        page.add(page.shape(start / PX + 0.03, 0.95 + rng.uniform(-0.03, 0.03), (end - start) / PX - 0.06, 0.42,
                            stage, fill="#7030A0", line="#7030A0", font_size=13, bold=True, name="Phase"))
    for row, (lane, kind) in enumerate(journey.lanes):
        page.add(page.shape(x0 / PX, grid.row_starts[row] / PX + 0.04, lane_header / PX, grid.rows[row] / PX - 0.08,
                            lane, fill=LANE_FILLS[kind], line="#7F7F7F", font_size=12, bold=True, name="Ebene"))
    visio_cards(page, journey, grid, master="2")
    footnote, parked = journey.notes
    page.add(page.shape(x0 / PX, grid.bottom / PX + 0.3, 5.0, 0.3, footnote, text_only=True, font_size=9,
                        name="Fußnote"))
    # Far to the right of the page, outside the drawing area: a parked idea on a sticky note.
    page.add(page.shape(page.width + 9.0, 2.0, 2.2, 1.1, parked, fill="#FFF2CC", line="#BF9000", font_size=11,
                        name="Notiz"))
    return [flow, page]


# MARK: - Main

MAPS = [
    (yed_table_es, lambda j: write_yed_table(j, j.name)),
    (yed_table_ja, lambda j: write_yed_table(j, j.name, generic="com.yworks.flowchart.process")),
    (yed_groups_de, write_yed_groups),
    (yed_grid_pt, lambda j: write_yed_loose_grid(j)),
    (yed_chevron_fr, lambda j: write_yed_loose_grid(j, chevrons=True)),
    (yed_curve_en, write_yed_curve),
    (visio_containers_en, write_visio_containers),
    (visio_scale_zh, write_visio_scale),
    (visio_rotated_tl, write_visio_rotated),
    (visio_pages_de, write_visio_pages),
]


def expected_labels(journey):
    """Every label of the map's page as the truth sees it (what the output must keep)."""
    labels = [journey.title] + journey.stages + [lane for lane, _ in journey.lanes] + journey.notes
    labels += [step for _, step in journey.columns if step]
    labels += [f"{name}\n{role}" for name, role in journey.personas]
    for lane in journey.grid.values():
        for cell in lane:
            for item in cell:
                labels.append(item.label if isinstance(item, Emo) and journey.style == "emotion-curve-dots"
                              else item_text(item))
    return labels


def write_all(output):
    written = []
    for make, draw in MAPS:
        journey = make()
        result = draw(journey)
        if journey.tool == "yed":
            path = os.path.join(output, journey.name + ".graphml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(result.text())
            labels = result.labels
        else:
            path = os.path.join(output, journey.name + ".vsdx")
            write_vsdx(path, result)
            labels = [label for page in result for label in page.labels]
        truth = os.path.join(output, journey.name + ".truth.json")
        with open(truth, "w", encoding="utf-8") as handle:
            json.dump(journey.truth(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        written.append((journey, path, labels))
    return written


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def check(written, binary):
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for journey, path, labels in written:
            out = os.path.join(folder, journey.name + ".json")
            command = [binary, "convert", path, out, "--report", "text"]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{journey.name}: the reader refused it ({run.returncode}): {run.stderr.strip()}")
                failures += 1
                continue
            with open(out, encoding="utf-8") as handle:
                strings = list(strings_in(json.load(handle)))
            text = "\n".join(strings)
            missing = [label for label in dict.fromkeys(labels + expected_labels(journey))
                       if label not in strings and not all(line in text for line in label.split("\n"))]
            summary = run.stderr.strip().splitlines()[0] if run.stderr.strip() else ""
            status = "ok" if not missing else f"MISSING {missing}"
            print(f"{journey.name}: {status} — {summary}")
            failures += bool(missing)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--check", metavar="JOURNEY_BINARY")
    arguments = parser.parse_args()
    os.makedirs(arguments.output, exist_ok=True)
    written = write_all(arguments.output)
    for journey, path, _ in written:
        print(f"wrote {os.path.relpath(path, ROOT)} (+ truth)")
    if arguments.check:
        sys.exit(1 if check(written, arguments.check) else 0)


if __name__ == "__main__":
    main()
