using 'main.bicep'

// Copy to main.bicepparam and adjust. The default deploys with the user-assigned managed identity.
param namePrefix = 'coachbot'
param appType = 'UserAssignedMSI'
param appServiceSku = 'B1'
param instanceCount = 1
param botSku = 'F0'

// Used only with appType 'SingleTenant'. Read from the environment so no secret lands in a file.
param appId = readEnvironmentVariable('COACHBOT_APP_ID', '')
param appPassword = readEnvironmentVariable('COACHBOT_APP_PASSWORD', '')
