metadata description = 'Storage account for CoachBot state: blob container, no public or shared-key access, and Storage Blob Data Contributor for the app\'s identity.'

@description('Region of the storage account.')
param location string

@description('Globally unique storage account name: 3 to 24 lowercase letters or digits.')
@minLength(3)
@maxLength(24)
param accountName string

@description('Blob container that holds the bot\'s state.')
param containerName string

@description('Principal id of the managed identity that reads and writes the state.')
param dataContributorPrincipalId string

@description('Tags applied to every resource.')
param tags object

// Storage Blob Data Contributor: read, write and delete blobs and take leases; no account keys.
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    // The app signs in with its managed identity; keys and SAS tokens stay unusable.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-06-01' = {
  parent: account
  name: 'default'
  properties: {
    // A diary entry overwritten or deleted by mistake can be recovered for a week.
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, dataContributorPrincipalId, blobDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: dataContributorPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Blob endpoint of the account, for Storage__Blob__AccountUri.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Name of the state container.')
output containerName string = container.name
