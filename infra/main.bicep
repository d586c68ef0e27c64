metadata description = 'CoachBot on Azure: Azure Bot, Linux App Service on .NET 10, Blob Storage for state, a user-assigned managed identity and Application Insights.'

@description('Short lowercase prefix for resource names: 3 to 11 letters or digits.')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Region for every regional resource. The Azure Bot resource itself is global.')
param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Framework. UserAssignedMSI uses the managed identity deployed here; SingleTenant uses an Entra app registration in the tenant.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('Client id of the Entra app registration. Required for SingleTenant; ignored for UserAssignedMSI.')
param appId string = ''

@description('Client secret of the Entra app registration. Required for SingleTenant; ignored for UserAssignedMSI.')
@secure()
param appPassword string = ''

@description('Entra tenant of the bot\'s identity.')
param tenantId string = subscription().tenantId

@description('App Service plan SKU. Always On needs Basic or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Number of web app instances. State lives in Blob Storage, so instances are interchangeable.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Tags applied to every resource.')
param tags object = {
  app: 'coachbot'
}

var suffix = uniqueString(resourceGroup().id)
var stateContainerName = 'coachbot-state'
var usesManagedIdentity = appType == 'UserAssignedMSI'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${namePrefix}-id-${suffix}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'coachbot-monitoring'
  params: {
    location: location
    workspaceName: '${namePrefix}-logs-${suffix}'
    applicationInsightsName: '${namePrefix}-ai-${suffix}'
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'coachbot-storage'
  params: {
    location: location
    accountName: take('${namePrefix}${suffix}', 24)
    containerName: stateContainerName
    dataContributorPrincipalId: identity.properties.principalId
    tags: tags
  }
}

module web 'modules/web.bicep' = {
  name: 'coachbot-web'
  params: {
    location: location
    planName: '${namePrefix}-plan-${suffix}'
    siteName: '${namePrefix}-web-${suffix}'
    skuName: appServiceSku
    instanceCount: instanceCount
    identityId: identity.id
    identityClientId: identity.properties.clientId
    appType: appType
    appId: usesManagedIdentity ? identity.properties.clientId : appId
    appPassword: usesManagedIdentity ? '' : appPassword
    tenantId: tenantId
    blobEndpoint: storage.outputs.blobEndpoint
    containerName: stateContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'coachbot-bot'
  params: {
    botName: '${namePrefix}-bot-${suffix}'
    displayName: 'CoachBot'
    skuName: botSku
    appType: appType
    appId: usesManagedIdentity ? identity.properties.clientId : appId
    tenantId: tenantId
    identityId: usesManagedIdentity ? identity.id : ''
    endpoint: 'https://${web.outputs.defaultHostName}/api/messages'
    tags: tags
  }
}

@description('Host name of the web app; the bot\'s messaging endpoint is https://<host>/api/messages.')
output webAppHostName string = web.outputs.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = web.outputs.name

@description('Resource name of the Azure Bot.')
output botName string = bot.outputs.name

@description('The bot\'s Microsoft App ID: goes into the Teams app package as the bot id.')
output botAppId string = bot.outputs.appId

@description('Client id of the user-assigned managed identity.')
output identityClientId string = identity.properties.clientId
