#!/usr/bin/env bash
# Idle memory (RSS) and start-up time to ready of the published bot with Telegram and Discord connected to the
# loopback fakes, beside an empty generic host measured the same way in the same run.
#   bench/measure-host.sh [runs]        (default 5; needs the bench project built in Release)
# Ready: for the bot, the moment its heartbeat file shows both platforms connected; for the empty host, the moment
# it prints "ready" (ApplicationStarted). RSS: VmRSS of the process after 10 s idle. The bot runs on a database that
# was already ingested (a restart); one cold first start (creating and ingesting the database) is reported apart.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bench=bench/BriefingBot.Benchmarks/bin/Release/net10.0/BriefingBot.Benchmarks.dll
work=$(mktemp -d /tmp/briefingbot-measure.XXXXXX)
dotnet publish src/BriefingBot/BriefingBot.csproj -c Release -o "$work/app" /p:UseAppHost=false --nologo -v quiet

dotnet "$bench" fake-telegram 3600 > "$work/telegram" & telegram=$!
dotnet "$bench" fake-discord 3600 > "$work/discord" & discord=$!
trap 'kill $telegram $discord 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/telegram" ] && [ "$(wc -l < "$work/discord")" -ge 3 ] && break; sleep 0.1; done
export Telegram__ApiBaseUrl=$(sed -n 1p "$work/telegram") Telegram__Token=$(sed -n 2p "$work/telegram")
export Discord__ApiBaseUrl=$(sed -n 1p "$work/discord") Discord__Token=$(sed -n 2p "$work/discord") Discord__GuildId=$(sed -n 3p "$work/discord")
export Logging__LogLevel__Default=Warning

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$1/status"; }

# One bot run: prints "<ms to ready> <RSS kB after 10 s idle>".
bot_run() {
  local db=$1 start pid
  start=$(now_ms)
  (cd "$work/app" && exec env Storage__Path="$db" dotnet BriefingBot.dll run > "$work/bot.log" 2>&1) & pid=$!
  until grep -q '"name": "telegram"' "$db.health.json" 2>/dev/null && grep -q '"state": "connected' "$db.health.json" 2>/dev/null \
        && grep -A1 '"name": "telegram"' "$db.health.json" | grep -q '"healthy": true'; do
    sleep 0.01
  done
  local ready=$(( $(now_ms) - start ))
  sleep 10
  echo "$ready $(rss_kb "$(pgrep -P "$pid" -f 'BriefingBot.dll run' || echo "$pid")")"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$db.health.json"
}

empty_run() {
  local start pid
  start=$(now_ms)
  dotnet "$bench" empty-host > "$work/empty.log" 2>&1 & pid=$!
  until grep -q ready "$work/empty.log"; do sleep 0.01; done
  local ready=$(( $(now_ms) - start ))
  sleep 10
  echo "$ready $(rss_kb "$pid")"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
}

cold=$(bot_run "$work/cold.db")
bot_run "$work/warm.db" > /dev/null
: > "$work/bot.results"; : > "$work/empty.results"
for _ in $(seq 1 "$runs"); do
  bot_run "$work/warm.db" >> "$work/bot.results"
  empty_run >> "$work/empty.results"
done

summary() { sort -n -k"$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END { printf "median %s, min %s, max %s", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
echo "start-up to ready (ms), $runs runs each:"
echo "  bot (Telegram + Discord connected, existing database): $(summary "$work/bot.results" 1)"
echo "  empty generic host:                                    $(summary "$work/empty.results" 1)"
echo "  bot, cold first start (creates and ingests the database): ${cold% *}"
echo "idle RSS (kB) after 10 s:"
echo "  bot:                $(summary "$work/bot.results" 2)"
echo "  empty generic host: $(summary "$work/empty.results" 2)"
