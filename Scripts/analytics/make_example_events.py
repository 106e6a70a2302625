#!/usr/bin/env python3
"""Writes Examples/analytics/saas-events.jsonl: the event log of the SaaS trial example.

A seeded, readable funnel: 800 customers over eight weeks of March and April 2026. Each reads
the blog or clicks an ad, and moves on to the next stage with a stage's probability after a few
hours to days; some go back to the pricing page during the trial; a few events are page views
the map does not bind. The same seed writes the same file.

    python3 Scripts/analytics/make_example_events.py
"""
import json
import pathlib
import random

STAGES = [
    # (activities, probability of moving on, mean hours before moving on)
    (["blog_view", "ad_click"], 0.62, 30),
    (["pricing_view", "demo_request"], 0.55, 40),
    (["trial_start", "project_created"], 0.48, 120),
    (["checkout", "subscribe"], 0.85, 2),
    (["weekly_active"], 0.30, 300),
    (["referral_sent"], 0.0, 0),
]
START = 1_772_323_200  # 2026-03-01T00:00:00Z


def iso(seconds):
    import datetime
    moment = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def customer_events(random, name):
    time = START + random.randint(0, 40 * 86_400)
    events = []
    stage = 0
    while True:
        activities, moves_on, hours = STAGES[stage]
        for _ in range(random.randint(1, 3)):
            events.append((time, name, random.choice(activities)))
            time += random.randint(60, 6 * 3600)
        if random.random() < 0.15:
            events.append((time, name, "page_view"))
        if stage == 2 and random.random() < 0.25:
            time += random.randint(3600, 48 * 3600)
            events.append((time, name, "pricing_view"))
        if random.random() >= moves_on:
            return events
        time += int(random.expovariate(1 / (hours * 3600)))
        stage += 1


def main():
    rng = random.Random(2026)
    events = []
    for number in range(1, 801):
        events += customer_events(rng, f"c{number:04d}")
    events.sort()
    out = pathlib.Path(__file__).resolve().parents[2] / "Examples" / "analytics" / "saas-events.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as file:
        for time, customer, activity in events:
            file.write(json.dumps({"ts": iso(time), "customer": customer, "activity": activity}) + "\n")
    print(f"wrote {out} ({len(events)} events)")


if __name__ == "__main__":
    main()
