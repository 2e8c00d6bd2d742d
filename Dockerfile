# BriefingBot: one container, SQLite on a volume, migrations and content ingest at start, a HEALTHCHECK with no curl.
#   docker build -t briefingbot .                        (add --target test to build and run the unit tests)
#   docker run -d -v briefingbot-data:/data -e Telegram__Token=... briefingbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a code change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/BriefingBot.Core/BriefingBot.Core.csproj src/BriefingBot.Core/
COPY src/BriefingBot.Storage/BriefingBot.Storage.csproj src/BriefingBot.Storage/
COPY src/BriefingBot.Telegram/BriefingBot.Telegram.csproj src/BriefingBot.Telegram/
COPY src/BriefingBot.Discord/BriefingBot.Discord.csproj src/BriefingBot.Discord/
COPY src/BriefingBot/BriefingBot.csproj src/BriefingBot/
RUN dotnet restore src/BriefingBot/BriefingBot.csproj
COPY src/ src/
COPY content/ content/
RUN dotnet build src/BriefingBot/BriefingBot.csproj -c Release --no-restore

# Optional: `docker build --target test .` runs the unit tests of Core, Storage and Telegram in the image.
FROM build AS test
COPY tests/ tests/
RUN dotnet test tests/BriefingBot.Core.Tests/BriefingBot.Core.Tests.csproj -c Release \
 && dotnet test tests/BriefingBot.Storage.Tests/BriefingBot.Storage.Tests.csproj -c Release \
 && dotnet test tests/BriefingBot.Telegram.Tests/BriefingBot.Telegram.Tests.csproj -c Release

FROM build AS publish
RUN dotnet publish src/BriefingBot/BriefingBot.csproj -c Release --no-build -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
# The database lives on the /data volume; the bundled content is at /app/content (bind-mount a folder over it to
# serve your own). JSON logs for log collectors. The shutdown timeout stays under Docker's 10 s stop grace period.
ENV Storage__Path=/data/briefingbot.db \
    Content__Path=/app/content \
    Logging__Console__FormatterName=json \
    HostOptions__ShutdownTimeout=00:00:08
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data
COPY --from=publish /app/publish .
USER $APP_UID
VOLUME /data
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "/app/BriefingBot.dll", "health"]
ENTRYPOINT ["dotnet", "/app/BriefingBot.dll"]
CMD ["run"]
