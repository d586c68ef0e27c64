metadata description = 'Azure Bot resource for CoachBot with the Microsoft Teams, Direct Line and Web Chat channels.'

@description('Globally unique bot handle.')
param botName string

@description('Name shown for the bot in the Azure portal.')
param displayName string

@description('Pricing tier: F0 or S1.')
param skuName string

@description('msaAppType: UserAssignedMSI or SingleTenant.')
param appType string

@description('msaAppId: the identity\'s client id or the app registration\'s client id.')
param appId string

@description('msaAppTenantId.')
param tenantId string

@description('Resource id of the user-assigned identity for UserAssignedMSI; empty for SingleTenant.')
param identityId string

@description('Messaging endpoint: https://<web app host>/api/messages.')
param endpoint string

@description('Tags applied to every resource.')
param tags object

// Azure Bot resources are global; their channels follow the bot.
var botLocation = 'global'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: botLocation
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: empty(identityId) ? null : identityId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: botLocation
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: false
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: botLocation
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
          isBlockUserUploadEnabled: false
        }
      ]
    }
  }
}

@description('Resource name of the bot.')
output name string = bot.name

@description('The bot\'s Microsoft App ID.')
output appId string = bot.properties.msaAppId

@description('Names of the enabled channels.')
output channels array = [
  teams.name
  directLine.name
  webChat.name
]
