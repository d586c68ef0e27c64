metadata description = 'Linux App Service plan and web app running CoachBot on .NET 10 with the user-assigned identity attached.'

@description('Region of the plan and the web app.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Globally unique name of the web app; it becomes <name>.azurewebsites.net.')
param siteName string

@description('App Service plan SKU.')
param skuName string

@description('Number of instances.')
param instanceCount int

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('MicrosoftAppType: UserAssignedMSI or SingleTenant.')
param appType string

@description('MicrosoftAppId: the identity\'s client id for UserAssignedMSI, the app registration\'s client id for SingleTenant.')
param appId string

@description('MicrosoftAppPassword for SingleTenant; empty for UserAssignedMSI.')
@secure()
param appPassword string

@description('MicrosoftAppTenantId.')
param tenantId string

@description('Blob endpoint of the state storage account.')
param blobEndpoint string

@description('Blob container that holds the bot\'s state.')
param containerName string

@description('Name of the Application Insights component in this resource group.')
param applicationInsightsName string

@description('Tags applied to every resource.')
param tags object

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    // Required for a Linux plan.
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Instances share all state through Blob Storage, so requests need no sticky sessions.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      remoteDebuggingEnabled: false
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: appType
        }
        {
          name: 'MicrosoftAppId'
          value: appId
        }
        {
          // Empty for UserAssignedMSI: a managed identity has no secret.
          name: 'MicrosoftAppPassword'
          value: appPassword
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'Storage__Kind'
          value: 'Blob'
        }
        {
          // Teams service URLs may receive the bot's token even before a restart sees a new inbound activity (morning prompts).
          name: 'Connector__TrustedServiceUrls__0'
          value: 'https://smba.trafficmanager.net/'
        }
        {
          name: 'Storage__Blob__AccountUri'
          value: blobEndpoint
        }
        {
          name: 'Storage__Blob__ContainerName'
          value: containerName
        }
        {
          name: 'Storage__Blob__ManagedIdentityClientId'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsights.properties.ConnectionString
        }
        {
          // Azure users arrive through Azure Bot Service; the built-in Web Chat page stays off.
          name: 'LocalWebChannel__Enabled'
          value: 'false'
        }
      ]
    }
  }
}

resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('Default host name of the web app.')
output defaultHostName string = site.properties.defaultHostName

@description('Name of the web app.')
output name string = site.name
