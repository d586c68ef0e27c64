# CoachBot web host as a container image.
#   docker build -t coachbot .
#   docker run -p 8080:8080 coachbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY dialogs/ dialogs/
RUN dotnet publish src/CoachBot.Web/CoachBot.Web.csproj --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The file store's default folder must be writable by the non-root user; in Azure the
# state lives in Blob Storage instead.
RUN mkdir -p /app/App_Data && chown "$APP_UID" /app/App_Data
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# APP_UID is the unprivileged user that the .NET images define.
USER $APP_UID
ENTRYPOINT ["dotnet", "CoachBot.Web.dll"]
