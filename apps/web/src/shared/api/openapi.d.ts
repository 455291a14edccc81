// Generated from docs/openapi.json by `npm run openapi`. Do not edit.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/client-config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ClientConfigController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_sms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/resident': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_resident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_totpSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_totpEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_totpDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_recoveryCodesLeft'];
    put?: never;
    post: operations['AuthController_totpRecoveryCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_me'];
    put?: never;
    post?: never;
    delete: operations['ErasureController_eraseMe'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/me/erasure-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ErasureController_sendCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ErasureController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JobsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/jobs/{name}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['JobsController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/downloads/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DownloadsController_link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TopicsController_list'];
    put?: never;
    post: operations['TopicsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topics/similar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TopicsController_similar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topics/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TopicsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topics/{id}/support': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TopicsController_support'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topics/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TopicsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topic-photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TopicPhotosController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topic-photos/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TopicPhotosController_photo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/topic-photos/{id}/thumb': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TopicPhotosController_thumb'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SessionsController_list'];
    put?: never;
    post: operations['SessionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SessionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['SessionsController_update'];
    trace?: never;
  };
  '/sessions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SessionsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SessionsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SessionsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SessionsController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/conclude': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SessionsController_conclude'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SessionsController_listPublic'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SessionsController_getPublic'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_list'];
    put?: never;
    post: operations['InvitationsController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}/respond': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InvitationsController_respond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MaterialsController_list'];
    put?: never;
    post: operations['MaterialsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/materials/{mid}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MaterialsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/materials/{mid}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['MaterialsController_remove'];
    options?: never;
    head?: never;
    patch: operations['MaterialsController_setPublic'];
    trace?: never;
  };
  '/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_session'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_workstation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{code}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_region'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/registrations/privacy-notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegistrationsController_privacyNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegistrationsController_list'];
    put?: never;
    post: operations['RegistrationsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/registrations.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegistrationsController_exportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegistrationsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/registrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegistrationsController_get'];
    put?: never;
    post?: never;
    delete: operations['RegistrationsController_cancel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/registrations/{id}/ticket.png': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegistrationsController_ticket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/checkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CheckinsController_checkIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/walk-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CheckinsController_walkIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CheckinsController_attendance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/draw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DrawsController_draw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/draws': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DrawsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/draws/{drawId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DrawsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/{id}/duty-record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DutyRecordsController_record'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/{id}/duty-record.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DutyRecordsController_exportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportController_importWorkstations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations/import/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ImportController_workstationTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportController_importMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/import/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ImportController_memberTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegionsController_list'];
    put?: never;
    post: operations['RegionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RegionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DepartmentsController_list'];
    put?: never;
    post: operations['DepartmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DepartmentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['DepartmentsController_update'];
    trace?: never;
  };
  '/sectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SectorsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstation-kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SectorsController_kinds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/member-levels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SectorsController_levels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkstationsController_list'];
    put?: never;
    post: operations['WorkstationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkstationsController_get'];
    put?: never;
    post?: never;
    delete: operations['WorkstationsController_remove'];
    options?: never;
    head?: never;
    patch: operations['WorkstationsController_update'];
    trace?: never;
  };
  '/workstations/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkstationsController_schedule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkstationsController_listMembers'];
    put: operations['WorkstationsController_putMembers'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations/{id}/duty-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkstationsController_listDuty'];
    put?: never;
    post: operations['WorkstationsController_createDuty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/workstations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicWorkstationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/workstations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicWorkstationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/workstations/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicWorkstationsController_schedule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembersController_list'];
    put?: never;
    post: operations['MembersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembersController_lookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['MembersController_update'];
    trace?: never;
  };
  '/me/member': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MyMemberController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/duty-roster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DutyController_roster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/duty-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['DutyController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LiveController_messages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LiveController_questions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/polls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LiveController_polls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/live/node': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LiveNodeController_node'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConsensusController_list'];
    put?: never;
    post: operations['ConsensusController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/statements/{id}/moderation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ConsensusController_moderate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/statements/{id}/votes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ConsensusController_vote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/consensus': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ConsensusController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/outcome/consensus': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ConsensusController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OutcomesController_get'];
    put: operations['OutcomesController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/outcome/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OutcomesController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/outcome/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['OutcomesController_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outcome-files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OutcomesController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/todo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OutcomesController_todo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SuggestionsController_list'];
    put?: never;
    post: operations['SuggestionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SuggestionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SuggestionsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SuggestionsController_reply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/countersign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SuggestionsController_countersign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SuggestionsController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SuggestionsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SuggestionsController_rate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SuggestionsController_attachments'];
    put?: never;
    post: operations['SuggestionsController_attach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SuggestionsController_remind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SuggestionsController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StatsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StatsController_published'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/outcomes/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StatsController_publishedOne'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['FollowUpsController_get'];
    put?: never;
    post: operations['FollowUpsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/suggestions/{id}/follow-up/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['FollowUpsController_rate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MineController_suggestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MineController_ratings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/suggestions.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_suggestionsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/suggestions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_suggestionsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/sessions.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_sessionsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exports/sessions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_sessionsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/statements.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_statementsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/statements.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_statementsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/report.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_reportDocx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sessions/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ExportsController_reportPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EntriesController_categories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workstations/{id}/opinion-entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['EntriesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EntriesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-entries/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['EntriesController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-entries/{id}/topic': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['EntriesController_toTopic'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PhotosController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-photos/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PhotosController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_list'];
    put?: never;
    post: operations['ReportsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ReportsController_update'];
    trace?: never;
  };
  '/opinion-reports/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-reports/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_returnReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-reports/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-reports/{id}/adopt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-reports/{id}/instructions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_instruct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-reports/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IssuesController_list'];
    put?: never;
    post: operations['IssuesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-issues/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IssuesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-issues/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IssuesController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-issues/{id}/document.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IssuesController_docx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/opinion-issues/{id}/document.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IssuesController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/opinion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OpinionStatsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    HealthResponse: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      /** @enum {string} */
      db: 'up' | 'down';
      /**
       * @description absent: no REDIS_URL (one replica)
       * @enum {string}
       */
      redis: 'up' | 'down' | 'absent';
    };
    MapTilesResponse: {
      /** @description Leaflet URL template ({s} {x} {y} {z}) */
      url: string;
      /**
       * @description The CRS the tiles are drawn in
       * @enum {string}
       */
      crs: 'GCJ02' | 'CGCS2000' | 'WGS84';
      subdomains: string;
      attribution: string;
    };
    ClientConfigResponse: {
      /** @description null: markers on a blank base */
      map?: components['schemas']['MapTilesResponse'] | null;
      /** @example Asia/Shanghai */
      timezone: string;
    };
    LoginDto: {
      username: string;
      password: string;
      /** @description TOTP code when two factors are on */
      otp?: string;
      /** @description A one-time recovery code instead of the TOTP code */
      recoveryCode?: string;
    };
    /** @enum {string} */
    Role:
      | 'admin'
      | 'organiser'
      | 'workstation_manager'
      | 'department_handler'
      | 'member'
      | 'staff_viewer'
      | 'resident';
    /** @enum {string} */
    Permission: 'pii:read';
    UserResponse: {
      /** Format: uuid */
      id: string;
      /** @description null for residents (they sign in by phone) */
      username: string | null;
      displayName: string;
      /** @description residents’ display name in live rooms */
      nickname?: string | null;
      roles: components['schemas']['Role'][];
      /**
       * @description the staff member’s region; null for residents (no region scope)
       * @example 530102
       */
      regionCode: string | null;
      /**
       * @description the region’s name; in the staff directory’s answers (GET /users, /users/:id)
       * @example 五华区
       */
      regionName?: string | null;
      /** Format: uuid */
      departmentId?: string | null;
      /** @description the workstations a workstation_manager manages (its scope) */
      workstationIds?: string[];
      permissions: components['schemas']['Permission'][];
      /** @example 138****5678 */
      phone?: string | null;
      totpEnabled?: boolean;
      /** @description staff must set up a second factor before anything else */
      totpSetupRequired?: boolean;
      disabled?: boolean;
      /** Format: date-time */
      createdAt?: string;
    };
    TokenPairResponse: {
      /** @description Bearer token for `Authorization` */
      accessToken: string;
      /** @description Exchanged once at POST /auth/refresh for a new pair */
      refreshToken: string;
      /** @description Seconds the access token lives */
      expiresIn: number;
      user: components['schemas']['UserResponse'];
    };
    ErrorBody: {
      /** @example 404 */
      statusCode: number;
      /** @example Not Found */
      error: string;
      /** @description For people, in the language Accept-Language asks for (zh-Hans by default, zh-Hant, en); validation failures list one line per problem */
      message: string | string[];
      /**
       * @description Stable, UPPER_SNAKE
       * @example SESSION_NOT_FOUND
       */
      code: string;
      /** @description e.g. retryAfter (s); on VALIDATION_FAILED, problems: [{ field, rule, message }] (the message without the field name, to show next to the field) */
      details?: {
        [key: string]: unknown;
      };
    };
    RefreshDto: {
      refreshToken: string;
    };
    SmsRequestDto: {
      /** @example 13812345678 */
      phone: string;
    };
    SmsSentResponse: {
      /** @enum {boolean} */
      sent: true;
    };
    ResidentLoginDto: {
      /** @example 13812345678 */
      phone: string;
      code: string;
      nickname?: string;
    };
    TotpProofDto: {
      /** @description Current TOTP code */
      otp?: string;
      password?: string;
      recoveryCode?: string;
    };
    TotpSetupResponse: {
      /** @description Base32 secret, for typing into an authenticator app */
      secret: string;
      /** @example otpauth://totp/… */
      otpauthUrl: string;
    };
    TotpEnableDto: {
      otp: string;
    };
    RecoveryCodesResponse: {
      /** @description Ten one-time codes, shown this once; each stands in for a TOTP code */
      recoveryCodes: string[];
    };
    RecoveryCodesLeftResponse: {
      remaining: number;
    };
    ChangePasswordDto: {
      currentPassword: string;
      newPassword: string;
    };
    CreateUserDto: {
      username: string;
      password: string;
      displayName: string;
      roles: (
        'admin' | 'organiser' | 'workstation_manager' | 'department_handler' | 'member' | 'staff_viewer'
      )[];
      /** @example 530102 */
      regionCode: string;
      departmentId?: string;
      /** @description for a workstation_manager: the workstations it manages, inside the granter’s region */
      workstationIds?: string[];
      permissions?: 'pii:read'[];
      phone?: string;
    };
    UserPage: {
      items: components['schemas']['UserResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    UpdateUserDto: {
      displayName?: string;
      roles?: (
        'admin' | 'organiser' | 'workstation_manager' | 'department_handler' | 'member' | 'staff_viewer'
      )[];
      regionCode?: string;
      departmentId?: string;
      /** @description for a workstation_manager: the workstations it manages, inside the granter’s region */
      workstationIds?: string[];
      permissions?: 'pii:read'[];
      disabled?: boolean;
      /** @description a new password set by the administrator; signs the account out everywhere */
      password?: string;
    };
    EraseMeDto: {
      /** @description The code sent by POST /me/erasure-code */
      code: string;
    };
    EraseUserDto: {
      /** @description Current TOTP code */
      otp?: string;
      password?: string;
      recoveryCode?: string;
      /** @description Why (the request received, its reference): kept in the audit trail */
      reason: string;
    };
    ErasureResponse: {
      /** Format: uuid */
      userId: string;
      /** Format: date-time */
      erasedAt: string;
    };
    AuditEntryResponse: {
      /** @description sequence number (bigint, as a string) */
      id: string;
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** @example auth.login */
      action: string;
      targetType: string | null;
      targetId: string | null;
      /**
       * @description kind[:detail]: ok, ok:201, error:403 (a staff write refused, with its status), failed:bad_password, refused:rate_limited
       * @example ok:201
       */
      result: string;
      ip: string | null;
      detail: {
        [key: string]: unknown;
      } | null;
      /** @description hash of the previous entry (SM3 chain) */
      prevHash: string;
      hash: string;
    };
    AuditEntryPage: {
      items: components['schemas']['AuditEntryResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    AuditVerifyResponse: {
      /** @description false when an entry was changed or removed */
      ok: boolean;
      checked: number;
      /** @description the first entry whose hash does not match */
      brokenAt?: string;
    };
    JobRunView: {
      slot: string;
      /** @description The replica that ran it (host:pid:id) */
      replica: string;
      /** @enum {string} */
      status: 'running' | 'ok' | 'failed';
      startedAt: string;
      finishedAt?: string | null;
      result?: Record<string, never> | null;
      error?: string | null;
    };
    ScheduledJobView: {
      /** @example audit-retention */
      name: string;
      /** @example 0 0 3 * * * */
      cron: string;
      /** @example Asia/Shanghai */
      timeZone: string;
      nextRunAt?: string | null;
      lastRun?: components['schemas']['JobRunView'] | null;
    };
    ScheduledJobList: {
      items: components['schemas']['ScheduledJobView'][];
    };
    JobRunOutcome: {
      /** @enum {string} */
      outcome: 'ran' | 'failed' | 'taken';
    };
    DownloadLinkDto: {
      /**
       * @description the download’s path after /api/v1 (a ticket, a material, an outcome file or report)
       * @example /registrations/0b7c3f2e-5d1a-4c8e-9f00-1a2b3c4d5e6f/ticket.png
       */
      path: string;
    };
    DownloadLinkResponse: {
      /**
       * @description relative URL the browser can open without a token
       * @example /api/v1/…?sid=…
       */
      url: string;
      /** Format: date-time */
      expiresAt: string;
    };
    CreateTopicDto: {
      title: string;
      description: string;
      /** @example 530102 */
      regionCode: string;
      workstationId?: string;
      /**
       * @description 群众出题 / 委员荐题 / 党政点题
       * @enum {string}
       */
      source: 'resident' | 'member' | 'party_government';
      /** @description photos uploaded first (POST /topic-photos) by the caller, at most 9 (400 TOO_MANY_TOPIC_PHOTOS) */
      photoIds?: string[];
    };
    /** @enum {string} */
    TopicSource: 'resident' | 'member' | 'party_government';
    /** @enum {string} */
    TopicStatus: 'submitted' | 'accepted' | 'rejected' | 'merged' | 'scheduled';
    TopicProposerResponse: {
      /** @description masked for others */
      nickname: string;
      /** @description the caller proposed it */
      mine: boolean;
    };
    TopicPhotoResponse: {
      /** Format: uuid */
      id: string;
      url: string;
      thumbUrl: string;
      width: number;
      height: number;
      /** @description bytes of the display copy (JPEG) */
      size: number;
    };
    SimilarTopicResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      status: components['schemas']['TopicStatus'];
      supportCount: number;
      /** @description trigram similarity, 0–1 */
      similarity: number;
    };
    TopicCreatedResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      description: string;
      /** @example 530102 */
      regionCode: string;
      /** Format: uuid */
      workstationId: string | null;
      source: components['schemas']['TopicSource'];
      status: components['schemas']['TopicStatus'];
      /** @description 附议: people who back it */
      supportCount: number;
      proposer: components['schemas']['TopicProposerResponse'];
      reviewReason: string | null;
      /** Format: uuid */
      mergedInto: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description in upload order */
      photos: components['schemas']['TopicPhotoResponse'][];
      supportedByMe?: boolean;
      similar: components['schemas']['SimilarTopicResponse'][];
    };
    TopicResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      description: string;
      /** @example 530102 */
      regionCode: string;
      /** Format: uuid */
      workstationId: string | null;
      source: components['schemas']['TopicSource'];
      status: components['schemas']['TopicStatus'];
      /** @description 附议: people who back it */
      supportCount: number;
      proposer: components['schemas']['TopicProposerResponse'];
      reviewReason: string | null;
      /** Format: uuid */
      mergedInto: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description in upload order */
      photos: components['schemas']['TopicPhotoResponse'][];
      supportedByMe?: boolean;
    };
    TopicPage: {
      items: components['schemas']['TopicResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    ReviewTopicDto: {
      /** @enum {string} */
      decision: 'accept' | 'reject' | 'merge';
      reason?: string;
      mergeInto?: string;
    };
    /** @enum {string} */
    AgendaKind: 'briefing' | 'questions' | 'answers' | 'speeches' | 'other';
    AgendaItemDto: {
      kind: components['schemas']['AgendaKind'];
      title: string;
      minutes: number;
    };
    /** @enum {string} */
    OnlineAccess: 'signed_in' | 'registered';
    /** @enum {string} */
    Moderation: 'post' | 'pre';
    /** @enum {string} */
    SessionFormat: 'onsite' | 'online' | 'hybrid';
    CreateSessionDto: {
      description?: string;
      topicId?: string;
      registrationOpensAt?: string;
      registrationClosesAt?: string;
      /** @description http(s) HLS .m3u8 or FLV */
      streamUrl?: string;
      agenda?: components['schemas']['AgendaItemDto'][];
      onlineAccess?: components['schemas']['OnlineAccess'];
      allowAnonymousViewing?: boolean;
      /** @description guests (anonymous viewers) may vote on statements over the live socket; needs allowAnonymousViewing */
      allowGuestVoting?: boolean;
      moderation?: components['schemas']['Moderation'];
      /** @description Seats kept for invitees, separate from capacity */
      reservedSeats?: number;
      title: string;
      workstationId: string;
      startsAt: string;
      endsAt: string;
      format: components['schemas']['SessionFormat'];
      capacity: number;
      /** @description Entered after it took place: stored as ended (the times must be in the past) */
      recorded?: boolean;
      /** @description RFC 5545 RRULE (e.g. FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22): creates a series */
      rrule?: string;
    };
    LatLngResponse: {
      lat: number;
      lng: number;
    };
    SessionPlaceResponse: {
      name: string;
      address: string;
      location: components['schemas']['LatLngResponse'] | null;
    };
    /** @enum {string} */
    SessionStatus: 'draft' | 'published' | 'live' | 'ended' | 'concluded' | 'cancelled';
    AgendaItemResponse: {
      kind: components['schemas']['AgendaKind'];
      title: string;
      minutes: number;
    };
    SeriesOccurrenceResponse: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      startsAt: string;
    };
    SessionSeriesResponse: {
      /** Format: uuid */
      id: string;
      /** @example FREQ=MONTHLY;BYMONTHDAY=22 */
      rrule: string;
      sessions: components['schemas']['SeriesOccurrenceResponse'][];
    };
    SessionCreatedResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      description: string | null;
      /** Format: uuid */
      workstationId: string;
      /** @example 530102 */
      regionCode: string;
      place: components['schemas']['SessionPlaceResponse'];
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      status: components['schemas']['SessionStatus'];
      format: components['schemas']['SessionFormat'];
      /** @description public seats residents can register for */
      capacity: number;
      /** Format: date-time */
      registrationOpensAt: string | null;
      /** Format: date-time */
      registrationClosesAt: string | null;
      agenda: components['schemas']['AgendaItemResponse'][];
      onlineAccess: components['schemas']['OnlineAccess'];
      allowAnonymousViewing: boolean;
      /** @description guests (anonymous viewers) may vote on statements; only with anonymous viewing */
      allowGuestVoting: boolean;
      /** @description only when anonymous viewing is allowed */
      streamUrl: string | null;
      /** Format: uuid */
      topicId: string | null;
      /** @description from `near`, rounded to 10 m */
      distanceKm?: number;
      /** @description seats kept for invitees, separate from capacity */
      reservedSeats: number;
      moderation: components['schemas']['Moderation'];
      /** Format: uuid */
      organiserId: string | null;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      endedAt: string | null;
      /** @description minutes kept free after the session at its place */
      bufferMinutes: number;
      /** @description entered after it took place */
      recorded: boolean;
      /** Format: uuid */
      seriesId: string | null;
      sequence: number;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      concludedAt: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      cancelReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      series?: components['schemas']['SessionSeriesResponse'];
    };
    SessionResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      description: string | null;
      /** Format: uuid */
      workstationId: string;
      /** @example 530102 */
      regionCode: string;
      place: components['schemas']['SessionPlaceResponse'];
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      status: components['schemas']['SessionStatus'];
      format: components['schemas']['SessionFormat'];
      /** @description public seats residents can register for */
      capacity: number;
      /** Format: date-time */
      registrationOpensAt: string | null;
      /** Format: date-time */
      registrationClosesAt: string | null;
      agenda: components['schemas']['AgendaItemResponse'][];
      onlineAccess: components['schemas']['OnlineAccess'];
      allowAnonymousViewing: boolean;
      /** @description guests (anonymous viewers) may vote on statements; only with anonymous viewing */
      allowGuestVoting: boolean;
      /** @description only when anonymous viewing is allowed */
      streamUrl: string | null;
      /** Format: uuid */
      topicId: string | null;
      /** @description from `near`, rounded to 10 m */
      distanceKm?: number;
      /** @description seats kept for invitees, separate from capacity */
      reservedSeats: number;
      moderation: components['schemas']['Moderation'];
      /** Format: uuid */
      organiserId: string | null;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      endedAt: string | null;
      /** @description minutes kept free after the session at its place */
      bufferMinutes: number;
      /** @description entered after it took place */
      recorded: boolean;
      /** Format: uuid */
      seriesId: string | null;
      sequence: number;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      concludedAt: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      cancelReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SessionPage: {
      items: components['schemas']['SessionResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    UpdateSessionDto: {
      description?: string;
      topicId?: string;
      registrationOpensAt?: string;
      registrationClosesAt?: string;
      /** @description http(s) HLS .m3u8 or FLV */
      streamUrl?: string;
      agenda?: components['schemas']['AgendaItemDto'][];
      onlineAccess?: components['schemas']['OnlineAccess'];
      allowAnonymousViewing?: boolean;
      /** @description guests (anonymous viewers) may vote on statements over the live socket; needs allowAnonymousViewing */
      allowGuestVoting?: boolean;
      moderation?: components['schemas']['Moderation'];
      /** @description Seats kept for invitees, separate from capacity */
      reservedSeats?: number;
      title?: string;
      workstationId?: string;
      startsAt?: string;
      endsAt?: string;
      capacity?: number;
      format?: components['schemas']['SessionFormat'];
    };
    CancelSessionDto: {
      reason: string;
    };
    PublicSessionResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      description: string | null;
      /** Format: uuid */
      workstationId: string;
      /** @example 530102 */
      regionCode: string;
      place: components['schemas']['SessionPlaceResponse'];
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      status: components['schemas']['SessionStatus'];
      format: components['schemas']['SessionFormat'];
      /** @description public seats residents can register for */
      capacity: number;
      /** Format: date-time */
      registrationOpensAt: string | null;
      /** Format: date-time */
      registrationClosesAt: string | null;
      agenda: components['schemas']['AgendaItemResponse'][];
      onlineAccess: components['schemas']['OnlineAccess'];
      allowAnonymousViewing: boolean;
      /** @description guests (anonymous viewers) may vote on statements; only with anonymous viewing */
      allowGuestVoting: boolean;
      /** @description only when anonymous viewing is allowed */
      streamUrl: string | null;
      /** Format: uuid */
      topicId: string | null;
      /** @description from `near`, rounded to 10 m */
      distanceKm?: number;
    };
    PublicSessionPage: {
      items: components['schemas']['PublicSessionResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    ExpertDto: {
      name: string;
      org: string;
    };
    CreateInvitationsDto: {
      /** @description Members chosen by hand */
      memberIds?: string[];
      /** @description All members assigned to the session's workstation */
      assignedMembers?: boolean;
      /** @description Members of this sector (界别) in the session's region */
      sector?: string;
      departmentIds?: string[];
      experts?: components['schemas']['ExpertDto'][];
    };
    /** @enum {string} */
    InviteeKind: 'member' | 'department' | 'expert';
    /** @enum {string} */
    InvitationStatus: 'invited' | 'accepted' | 'declined';
    InvitedSessionResponse: {
      title: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /** @description place name */
      place: string;
      status: components['schemas']['SessionStatus'];
    };
    InvitationResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      kind: components['schemas']['InviteeKind'];
      /** Format: uuid */
      memberId: string | null;
      /** Format: uuid */
      departmentId: string | null;
      name: string;
      org: string | null;
      /** @description how the invitee was chosen: manual, workstation, sector, … */
      via: string;
      status: components['schemas']['InvitationStatus'];
      /** Format: date-time */
      respondedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      session?: components['schemas']['InvitedSessionResponse'];
    };
    InvitationsCreatedResponse: {
      items: components['schemas']['InvitationResponse'][];
      total: number;
      /** @description new invitations (the others existed already) */
      created: number;
      reservedSeats: number;
    };
    InvitationCountsResponse: {
      invited: number;
      accepted: number;
      declined: number;
    };
    SessionInvitationsResponse: {
      items: components['schemas']['InvitationResponse'][];
      total: number;
      counts: components['schemas']['InvitationCountsResponse'];
      reservedSeats: number;
    };
    MyInvitationResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      kind: components['schemas']['InviteeKind'];
      /** Format: uuid */
      memberId: string | null;
      /** Format: uuid */
      departmentId: string | null;
      name: string;
      org: string | null;
      /** @description how the invitee was chosen: manual, workstation, sector, … */
      via: string;
      status: components['schemas']['InvitationStatus'];
      /** Format: date-time */
      respondedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      session: components['schemas']['InvitedSessionResponse'];
    };
    MyInvitationPage: {
      items: components['schemas']['MyInvitationResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    RespondInvitationDto: {
      /** @enum {string} */
      response: 'accept' | 'decline';
    };
    MaterialResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      /** @description the uploaded name, made harmless */
      filename: string;
      /**
       * @description from the file’s content, not its name
       * @example application/pdf
       */
      contentType: string;
      /** @description bytes */
      size: number;
      sha256: string;
      /** @description visible to anyone, not only staff and invitees */
      public: boolean;
      /** Format: date-time */
      createdAt: string;
      /** @example /api/v1/sessions/…/materials/…/download */
      url: string;
    };
    MaterialPage: {
      items: components['schemas']['MaterialResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    MaterialPatchDto: {
      public: boolean;
    };
    NotificationResponse: {
      /** Format: uuid */
      id: string;
      /** @example session.reminder */
      kind: string;
      title: string;
      body: string;
      /**
       * @description path in the web client
       * @example /sessions/…
       */
      link: string | null;
      /** Format: date-time */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    InboxResponse: {
      items: components['schemas']['NotificationResponse'][];
      total: number;
      /** @description unread, whatever the filter */
      unread: number;
    };
    MarkedResponse: {
      /** @description messages marked read */
      marked: number;
    };
    PrivacyNoticeResponse: {
      /** @description sent back with a registration as consent to this text */
      version: string;
      text: string;
    };
    RegisterDto: {
      /** @example 杨建国 */
      name: string;
      /** @example 13812345678 */
      phone?: string;
      /** @example 翠湖社区 */
      community?: string;
      /**
       * @default resident
       * @enum {string}
       */
      role: 'resident' | 'member' | 'expert' | 'department' | 'media' | 'other';
      /** @description 想说的话 / what I want to say */
      speakIntent?: string;
      /** @example true */
      consent: boolean;
      /** @description Version of the privacy notice shown; the current one when omitted */
      privacyNoticeVersion?: string;
    };
    TicketCodeResponse: {
      /** @description short code staff can type at the desk */
      code: string;
    };
    RegistrationResultResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'confirmed' | 'waitlisted';
      /** @description place on the waiting list, from 1 */
      position?: number;
      ticket: components['schemas']['TicketCodeResponse'];
    };
    /** @enum {string} */
    RegistrantRole: 'resident' | 'member' | 'expert' | 'department' | 'media' | 'other';
    /** @enum {string} */
    RegistrationStatus: 'confirmed' | 'waitlisted' | 'cancelled';
    RegistrationResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      name: string;
      /** @example 138****5678 */
      phone: string | null;
      /** @description 社区/单位 */
      community: string | null;
      role: components['schemas']['RegistrantRole'];
      speakIntent: string | null;
      status: components['schemas']['RegistrationStatus'];
      /** @description place on the waiting list, from 1 */
      position?: number;
      walkIn: boolean;
      /** Format: date-time */
      checkedInAt: string | null;
      privacyNoticeVersion: string;
      /** Format: date-time */
      consentedAt: string;
      /** @description the phone was erased (retention or request) */
      phoneErased: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    RegistrationPage: {
      items: components['schemas']['RegistrationResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    TicketResponse: {
      /** @description short code staff can type at the desk */
      code: string;
      /** @description signed payload the QR code carries */
      qr: string;
    };
    RegisteredSessionResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      /** Format: date-time */
      startsAt: string;
      status: components['schemas']['SessionStatus'];
    };
    MyRegistrationResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      name: string;
      /** @example 138****5678 */
      phone: string | null;
      /** @description 社区/单位 */
      community: string | null;
      role: components['schemas']['RegistrantRole'];
      speakIntent: string | null;
      status: components['schemas']['RegistrationStatus'];
      /** @description place on the waiting list, from 1 */
      position?: number;
      walkIn: boolean;
      /** Format: date-time */
      checkedInAt: string | null;
      privacyNoticeVersion: string;
      /** Format: date-time */
      consentedAt: string;
      /** @description the phone was erased (retention or request) */
      phoneErased: boolean;
      /** Format: date-time */
      createdAt: string;
      ticket: components['schemas']['TicketResponse'] | null;
      /** @description null if it was removed */
      session: components['schemas']['RegisteredSessionResponse'] | null;
    };
    MyRegistrationPage: {
      items: components['schemas']['MyRegistrationResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    OwnRegistrationResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      name: string;
      /** @example 138****5678 */
      phone: string | null;
      /** @description 社区/单位 */
      community: string | null;
      role: components['schemas']['RegistrantRole'];
      speakIntent: string | null;
      status: components['schemas']['RegistrationStatus'];
      /** @description place on the waiting list, from 1 */
      position?: number;
      walkIn: boolean;
      /** Format: date-time */
      checkedInAt: string | null;
      privacyNoticeVersion: string;
      /** Format: date-time */
      consentedAt: string;
      /** @description the phone was erased (retention or request) */
      phoneErased: boolean;
      /** Format: date-time */
      createdAt: string;
      ticket: components['schemas']['TicketResponse'] | null;
    };
    RegistrationCancelledResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'cancelled';
      /** @description registrations moved off the waiting list */
      promoted: string[];
    };
    CheckInDto: {
      /** @example K7M2QX9P */
      code?: string;
      /** @description QR payload XS1.… */
      qr?: string;
    };
    CheckInResponse: {
      /** Format: uuid */
      registrationId: string;
      name: string;
      /** Format: date-time */
      checkedInAt: string;
    };
    WalkInDto: {
      name: string;
      /** @example 13812345678 */
      phone: string;
      community?: string;
      /**
       * @default resident
       * @enum {string}
       */
      role: 'resident' | 'member' | 'expert' | 'department' | 'media' | 'other';
    };
    WalkInResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      registrationId: string;
      name: string;
      status: components['schemas']['RegistrationStatus'];
      walkIn: boolean;
      /** Format: date-time */
      checkedInAt: string;
      ticket: components['schemas']['TicketCodeResponse'];
    };
    OnlineCountResponse: {
      /** @description different people who joined the live room */
      unique: number;
      /** @description most at once */
      peak: number;
    };
    AttendanceResponse: {
      /** Format: uuid */
      sessionId: string;
      status: components['schemas']['SessionStatus'];
      capacity: number;
      registered: number;
      confirmed: number;
      waitlisted: number;
      walkIns: number;
      cancelled: number;
      checkedIn: number;
      notCheckedIn: number;
      /** @description null without a live room */
      online: components['schemas']['OnlineCountResponse'] | null;
      /**
       * Format: date-time
       * @description when these figures were taken
       */
      at: string;
    };
    DrawDto: {
      count: number;
      /** @description Any printable text; 32 random hex characters when omitted */
      seed?: string;
    };
    DrawWinnerResponse: {
      /** Format: uuid */
      registrationId: string;
      name: string | null;
    };
    DrawResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      /** @description name and version of the published algorithm */
      algorithm: string;
      seed: string;
      count: number;
      candidateCount: number;
      candidatesHash: string;
      /** @description registration ids, in the order the algorithm uses */
      candidates: string[];
      winners: components['schemas']['DrawWinnerResponse'][];
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    DrawPage: {
      items: components['schemas']['DrawResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    DrawVerificationResponse: {
      /** Format: uuid */
      drawId: string;
      algorithm: string;
      candidatesHashMatches: boolean;
      /** @description re-running gives the stored winners */
      resultMatches: boolean;
      /** @description registration ids of the re-run’s winners */
      winners: string[];
    };
    DutyMemberResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description 界别 */
      sector: string | null;
      level: string;
      /** @example 530102 */
      regionCode: string;
    };
    DutySessionResponse: {
      /** Format: uuid */
      sessionId: string;
      title: string;
      /** Format: date-time */
      startsAt: string;
      /** @description how the member took part */
      via: ('onsite' | 'online' | 'invited')[];
    };
    DutySuggestionCountResponse: {
      total: number;
      adopted: number;
    };
    DutyOpinionResponse: {
      /** @description 民情日记 entries recorded */
      entries: number;
      submitted: number;
      adopted: number;
      instructed: number;
    };
    DutyPointsResponse: {
      total: number;
      attendance: number;
      speeches: number;
      questions: number;
      suggestions: number;
      adopted: number;
      /** @description 社情民意: entries, reports, adoptions and 批示 together */
      opinion: number;
    };
    DutyWeightsResponse: {
      attendance: number;
      speech: number;
      question: number;
      suggestion: number;
      adopted: number;
      opinionEntry: number;
      opinionReport: number;
      opinionAdopted: number;
      opinionInstructed: number;
    };
    DutySourcesResponse: {
      live: boolean;
      suggestions: boolean;
      invitations: boolean;
      account: boolean;
      opinion: boolean;
    };
    DutyRecordResponse: {
      member: components['schemas']['DutyMemberResponse'];
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      sessions: components['schemas']['DutySessionResponse'][];
      attendance: number;
      speeches: number;
      questions: number;
      messages: number;
      suggestions: components['schemas']['DutySuggestionCountResponse'];
      opinion: components['schemas']['DutyOpinionResponse'];
      points: components['schemas']['DutyPointsResponse'];
      weights: components['schemas']['DutyWeightsResponse'];
      /** @description which contexts answered; a missing one contributes nothing */
      sources: components['schemas']['DutySourcesResponse'];
    };
    ImportErrorResponse: {
      /** @description row number as the spreadsheet shows it */
      row: number;
      field: string;
      message: string;
    };
    ImportResultResponse: {
      created: number;
      updated: number;
      errors: components['schemas']['ImportErrorResponse'][];
      /** @description data rows read */
      rows: number;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      /**
       * @description CSV only: the encoding detected
       * @example gb18030
       */
      encoding?: string;
      ignoredColumns: string[];
      /** @description true for a preview (?dryRun=true): nothing was written */
      dryRun?: boolean;
    };
    ImportProgressResponse: {
      /**
       * @description checking rows, then writing them
       * @enum {string}
       */
      stage: 'checking' | 'writing';
      /** @description rows checked so far (0 while writing) */
      done: number;
      /** @description rows to check, or rows being written */
      total: number;
    };
    ImportStreamLineResponse: {
      progress?: components['schemas']['ImportProgressResponse'];
      result?: components['schemas']['ImportResultResponse'];
      /** @description the import failed after the stream began */
      error?: components['schemas']['ErrorBody'];
    };
    /** @enum {string} */
    RegionLevel: 'country' | 'province' | 'city' | 'county' | 'township' | 'community';
    RegionResponse: {
      /**
       * @description GB/T 2260 code, longer below county
       * @example 530102
       */
      code: string;
      /** @example 五华区 */
      name: string;
      level: components['schemas']['RegionLevel'];
      parentCode: string | null;
    };
    RegionPage: {
      items: components['schemas']['RegionResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    RegionDetailResponse: {
      /**
       * @description GB/T 2260 code, longer below county
       * @example 530102
       */
      code: string;
      /** @example 五华区 */
      name: string;
      level: components['schemas']['RegionLevel'];
      parentCode: string | null;
      /** @description ancestors, from the top */
      path: components['schemas']['RegionResponse'][];
    };
    CreateRegionDto: {
      /** @example 530102011 */
      code: string;
      name: string;
      /** @enum {string} */
      level: 'province' | 'city' | 'county' | 'township' | 'community';
      /** @example 530102 */
      parentCode: string;
    };
    CreateDepartmentDto: {
      /** @example 五华区住房和城乡建设局 */
      name: string;
      /** @example 530102 */
      regionCode: string;
    };
    DepartmentResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @example 530102 */
      regionCode: string;
      regionName: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    DepartmentPage: {
      items: components['schemas']['DepartmentResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    UpdateDepartmentDto: {
      /** @example 五华区住房和城乡建设局 */
      name?: string;
      /** @example 530102 */
      regionCode?: string;
    };
    SectorListResponse: {
      /** @description 界别, as configured in config/sectors.json */
      items: string[];
      total: number;
    };
    CodeNameResponse: {
      code: string;
      name: string;
    };
    CodeNameListResponse: {
      items: components['schemas']['CodeNameResponse'][];
      total: number;
    };
    MemberLevelsResponse: {
      levels: components['schemas']['CodeNameResponse'][];
      /** @description roles in a workstation’s staff */
      roles: components['schemas']['CodeNameResponse'][];
    };
    /** @enum {string} */
    WorkstationKind:
      | 'member_studio'
      | 'member_station'
      | 'consultation_room'
      | 'member_post'
      | 'member_home'
      | 'unity_parlor'
      | 'forum_square'
      | 'pavilion'
      | 'corridor'
      | 'courtyard'
      | 'other';
    /** @enum {string} */
    Crs: 'GCJ02' | 'WGS84' | 'CGCS2000';
    LocationDto: {
      /** @example 25.0406 */
      lat: number;
      /** @example 102.7129 */
      lng: number;
      crs: components['schemas']['Crs'];
    };
    WeeklyHoursResponse: {
      /** @description opening intervals, local "HH:MM" pairs */
      sun?: string[][];
      /** @description opening intervals, local "HH:MM" pairs */
      mon?: string[][];
      /** @description opening intervals, local "HH:MM" pairs */
      tue?: string[][];
      /** @description opening intervals, local "HH:MM" pairs */
      wed?: string[][];
      /** @description opening intervals, local "HH:MM" pairs */
      thu?: string[][];
      /** @description opening intervals, local "HH:MM" pairs */
      fri?: string[][];
      /** @description opening intervals, local "HH:MM" pairs */
      sat?: string[][];
    };
    HoursExceptionResponse: {
      /** Format: date */
      date: string;
      closed?: boolean;
      /** @description opening intervals, local "HH:MM" pairs */
      hours?: string[][];
      /** @example 国庆 */
      note?: string;
    };
    OpeningHoursResponse: {
      /** @example Asia/Shanghai */
      timezone?: string;
      weekly: components['schemas']['WeeklyHoursResponse'];
      exceptions?: components['schemas']['HoursExceptionResponse'][];
    };
    CreateWorkstationDto: {
      /** @example 青云街道委员工作室 */
      name: string;
      kind: components['schemas']['WorkstationKind'];
      /** @example 530103006 */
      regionCode: string;
      address: string;
      location: components['schemas']['LocationDto'];
      sector?: string;
      /** @description { weekly: { mon: [["09:00","17:00"]] }, exceptions: [{ date, closed|hours, note }] } */
      openingHours?: components['schemas']['OpeningHoursResponse'];
      capacity?: number;
      contactPhone?: string;
      /** @description the committee own numbering; a natural key for re-import */
      code?: string;
      /** @enum {string} */
      status?: 'active' | 'suspended';
      /** @default 30 */
      bufferMinutes: number;
    };
    WorkstationLocationResponse: {
      lat: number;
      lng: number;
      /** @description the coordinate system it was given in */
      crs: components['schemas']['Crs'];
    };
    Wgs84Response: {
      lat: number;
      lng: number;
    };
    /** @enum {string} */
    WorkstationStatus: 'active' | 'suspended' | 'deleted';
    WorkstationResponse: {
      /** Format: uuid */
      id: string;
      /** @description the committee’s own code */
      code: string | null;
      name: string;
      kind: components['schemas']['WorkstationKind'];
      /** @enum {string} */
      kindName:
        | '委员工作室'
        | '委员工作站'
        | '协商议事室'
        | '委员驿站'
        | '委员之家'
        | '同心会客厅'
        | '议事广场'
        | '议事凉亭'
        | '协商长廊'
        | '院坝'
        | '其他';
      /** @example 530102 */
      regionCode: string;
      regionName: string | null;
      address: string;
      location: components['schemas']['WorkstationLocationResponse'] | null;
      locationWgs84: components['schemas']['Wgs84Response'] | null;
      sector: string | null;
      openingHours: components['schemas']['OpeningHoursResponse'] | null;
      capacity: number | null;
      /** @description masked unless `pii:read` */
      contactPhone: string | null;
      status: components['schemas']['WorkstationStatus'];
      /** @description minutes kept free between two sessions here */
      bufferMinutes: number;
      memberCount?: number;
      distanceKm?: number | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      deletedAt: string | null;
    };
    WorkstationPage: {
      items: components['schemas']['WorkstationResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    UpdateWorkstationDto: {
      name?: string;
      kind?: components['schemas']['WorkstationKind'];
      regionCode?: string;
      address?: string;
      location?: components['schemas']['LocationDto'];
      sector?: Record<string, never> | null;
      openingHours?: components['schemas']['OpeningHoursResponse'] | null;
      capacity?: Record<string, never> | null;
      contactPhone?: Record<string, never> | null;
      code?: Record<string, never> | null;
      /** @enum {string} */
      status?: 'active' | 'suspended';
      bufferMinutes?: number;
    };
    /** @enum {string} */
    Weekday: 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
    ScheduleDayResponse: {
      /** Format: date */
      date: string;
      weekday: components['schemas']['Weekday'];
      /** @description opening intervals, local "HH:MM" pairs */
      hours: string[][];
      note?: string;
      /** @description hours differ from the weekly schedule that day */
      exception: boolean;
    };
    WorkstationScheduleResponse: {
      /** Format: uuid */
      workstationId: string;
      /** @example Asia/Shanghai */
      timezone: string;
      /** @description empty without opening hours */
      days: components['schemas']['ScheduleDayResponse'][];
    };
    /** @enum {string} */
    MemberLevel: 'national' | 'provincial' | 'city' | 'county';
    /** @enum {string} */
    AssignmentRole: 'convener' | 'deputy' | 'liaison' | 'member';
    AssignmentResponse: {
      /** Format: uuid */
      memberId: string;
      name: string;
      level: components['schemas']['MemberLevel'];
      sector: string | null;
      /** @example 530102 */
      regionCode: string;
      role: components['schemas']['AssignmentRole'];
      /** @enum {string} */
      roleName: '召集人' | '副召集人' | '联络员' | '成员';
      /** @description masked unless `pii:read` */
      phone: string | null;
    };
    AssignmentPage: {
      items: components['schemas']['AssignmentResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    AssignmentDto: {
      memberId: string;
      /**
       * @description 召集人 convener, 副召集人 deputy, 联络员 liaison, 成员 member
       * @default member
       */
      role: components['schemas']['AssignmentRole'];
    };
    PutWorkstationMembersDto: {
      memberIds?: string[];
      assignments?: components['schemas']['AssignmentDto'][];
    };
    DutyRuleResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      workstationId: string;
      /** Format: uuid */
      memberId: string;
      memberName: string;
      /** @example FREQ=WEEKLY;BYDAY=TU */
      rrule: string;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      until: string | null;
      /** @example 09:00 */
      startTime: string;
      /** @example 11:30 */
      endTime: string;
      note: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    DutyRulePage: {
      items: components['schemas']['DutyRuleResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    CreateDutyRuleDto: {
      memberId: string;
      /**
       * @description RFC 5545 RRULE over days, or a preset: even-months-22, weekdays
       * @example FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22
       */
      rrule: string;
      /** @example 2026-01-01 */
      startsOn: string;
      /** @example 2026-12-31 */
      until?: string;
      /** @example 09:00 */
      startTime: string;
      /** @example 12:00 */
      endTime: string;
      /** @example 委员走访日 */
      note?: string;
    };
    PublicWorkstationResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      kind: components['schemas']['WorkstationKind'];
      /**
       * @example 委员工作室
       * @enum {string}
       */
      kindName:
        | '委员工作室'
        | '委员工作站'
        | '协商议事室'
        | '委员驿站'
        | '委员之家'
        | '同心会客厅'
        | '议事广场'
        | '议事凉亭'
        | '协商长廊'
        | '院坝'
        | '其他';
      /** @example 530102 */
      regionCode: string;
      regionName: string | null;
      address: string;
      location: components['schemas']['WorkstationLocationResponse'] | null;
      /** @description the same point in WGS-84 */
      locationWgs84: components['schemas']['Wgs84Response'] | null;
      /** @description 界别 */
      sector: string | null;
      openingHours: components['schemas']['OpeningHoursResponse'] | null;
      /** @description null without opening hours */
      openNow: boolean | null;
      capacity: number | null;
      /**
       * @description masked
       * @example 138****5678
       */
      contactPhone: string | null;
      memberCount?: number;
      /** @description from `near`, in km */
      distanceKm?: number | null;
    };
    PublicWorkstationPage: {
      items: components['schemas']['PublicWorkstationResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    PublicWorkstationMemberResponse: {
      name: string;
      level: components['schemas']['MemberLevel'];
      /** @enum {string} */
      levelName: '全国' | '省级' | '市级' | '县级';
      sector: string | null;
      role: components['schemas']['AssignmentRole'];
      /** @enum {string} */
      roleName: '召集人' | '副召集人' | '联络员' | '成员';
    };
    PublicDutyResponse: {
      /** Format: date */
      date: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      memberName: string;
      sector: string | null;
      note: string | null;
    };
    PublicWorkstationDetailResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      kind: components['schemas']['WorkstationKind'];
      /**
       * @example 委员工作室
       * @enum {string}
       */
      kindName:
        | '委员工作室'
        | '委员工作站'
        | '协商议事室'
        | '委员驿站'
        | '委员之家'
        | '同心会客厅'
        | '议事广场'
        | '议事凉亭'
        | '协商长廊'
        | '院坝'
        | '其他';
      /** @example 530102 */
      regionCode: string;
      regionName: string | null;
      address: string;
      location: components['schemas']['WorkstationLocationResponse'] | null;
      /** @description the same point in WGS-84 */
      locationWgs84: components['schemas']['Wgs84Response'] | null;
      /** @description 界别 */
      sector: string | null;
      openingHours: components['schemas']['OpeningHoursResponse'] | null;
      /** @description null without opening hours */
      openNow: boolean | null;
      capacity: number | null;
      /**
       * @description masked
       * @example 138****5678
       */
      contactPhone: string | null;
      memberCount?: number;
      /** @description from `near`, in km */
      distanceKm?: number | null;
      members: components['schemas']['PublicWorkstationMemberResponse'][];
      /** @description the next 30 days */
      upcomingDuty: components['schemas']['PublicDutyResponse'][];
    };
    CreateMemberDto: {
      /** @example 李明 */
      name: string;
      level: components['schemas']['MemberLevel'];
      /** @example 教育界 */
      sector?: string;
      /** @example 13812345678 */
      phone?: string;
      /** @example 530102 */
      regionCode: string;
      /** @example 中国民主同盟 */
      party?: string;
      /** @description the login of this member, if any */
      userId?: string;
      /** @description the committee own numbering; a natural key for re-import */
      code?: string;
    };
    MemberWorkstationResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      role: components['schemas']['AssignmentRole'];
      /** @enum {string} */
      roleName: '召集人' | '副召集人' | '联络员' | '成员';
      status: components['schemas']['WorkstationStatus'];
    };
    MemberResponse: {
      /** Format: uuid */
      id: string;
      /** @description the committee’s own code */
      code: string | null;
      name: string;
      level: components['schemas']['MemberLevel'];
      /** @enum {string} */
      levelName: '全国' | '省级' | '市级' | '县级';
      /** @description 界别 */
      sector: string | null;
      /** @example 530102 */
      regionCode: string;
      regionName: string | null;
      party: string | null;
      /** @example 138****5678 */
      phone: string | null;
      /**
       * Format: uuid
       * @description linked staff account
       */
      userId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description on a single member */
      workstations?: components['schemas']['MemberWorkstationResponse'][];
    };
    MemberPage: {
      items: components['schemas']['MemberResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    MemberLookupResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description 界别 */
      sector: string | null;
      /** @example 530102 */
      regionCode: string;
      regionName: string | null;
      /** @description the workstations they serve at */
      workstations: string[];
    };
    MemberLookupPage: {
      items: components['schemas']['MemberLookupResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    UpdateMemberDto: {
      name?: string;
      level?: components['schemas']['MemberLevel'];
      sector?: Record<string, never> | null;
      phone?: Record<string, never> | null;
      regionCode?: string;
      party?: Record<string, never> | null;
      userId?: Record<string, never> | null;
      code?: Record<string, never> | null;
    };
    MyWorkstationResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      kind: components['schemas']['WorkstationKind'];
      /** @enum {string} */
      kindName:
        | '委员工作室'
        | '委员工作站'
        | '协商议事室'
        | '委员驿站'
        | '委员之家'
        | '同心会客厅'
        | '议事广场'
        | '议事凉亭'
        | '协商长廊'
        | '院坝'
        | '其他';
      address: string;
      /** @example 530102 */
      regionCode: string;
      role: components['schemas']['AssignmentRole'];
      /** @enum {string} */
      roleName: '召集人' | '副召集人' | '联络员' | '成员';
      status: components['schemas']['WorkstationStatus'];
    };
    DutyWorkstationResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @example 530102 */
      regionCode: string;
      address: string;
    };
    DutyMemberBriefResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      sector: string | null;
    };
    DutyOccurrenceResponse: {
      /** Format: date */
      date: string;
      /** @example 09:00 */
      startTime: string;
      /** @example 11:30 */
      endTime: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      workstation: components['schemas']['DutyWorkstationResponse'];
      member: components['schemas']['DutyMemberBriefResponse'];
      /** Format: uuid */
      ruleId: string;
      note: string | null;
    };
    MyMemberResponse: {
      member: components['schemas']['MemberResponse'];
      workstations: components['schemas']['MyWorkstationResponse'][];
      /**
       * Format: date
       * @description first day of `duty` (today, in the display time zone)
       */
      dutyFrom: string;
      /**
       * Format: date
       * @description last day of `duty`
       */
      dutyTo: string;
      duty: components['schemas']['DutyOccurrenceResponse'][];
    };
    DutyOccurrencePage: {
      items: components['schemas']['DutyOccurrenceResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    /** @enum {string} */
    AuthorRole: 'moderator' | 'staff' | 'speaker' | 'resident';
    MessageAuthor: {
      nickname: string;
      role: components['schemas']['AuthorRole'];
    };
    LiveMessage: {
      /** @description per-room sequence; ascending, may have holes */
      seq: number;
      /** Format: uuid */
      id: string;
      author: components['schemas']['MessageAuthor'];
      text: string;
      /** Format: date-time */
      at: string;
      /** @description ms since the session started, for replay beside the recording (null before the start) */
      offsetMs: number | null;
    };
    LiveMessagePage: {
      items: components['schemas']['LiveMessage'][];
      /** @description more after the last one: ask again with `after` */
      hasMore: boolean;
    };
    QuestionAuthor: {
      nickname: string;
    };
    LiveQuestion: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      author: components['schemas']['QuestionAuthor'];
      text: string;
      votes: number;
      answered: boolean;
      answer: string | null;
      /** @description who answered (nickname) */
      answeredBy: string | null;
      /** Format: date-time */
      answeredAt: string | null;
      /** Format: date-time */
      at: string;
      offsetMs: number | null;
    };
    LiveQuestionList: {
      items: components['schemas']['LiveQuestion'][];
    };
    PollOption: {
      id: string;
      text: string;
      votes: number;
    };
    /** @enum {string} */
    PollStatus: 'open' | 'closed';
    LivePoll: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      question: string;
      /** @description several options may be chosen */
      multi: boolean;
      options: components['schemas']['PollOption'][];
      /** @description people who voted */
      total: number;
      status: components['schemas']['PollStatus'];
    };
    LivePollList: {
      items: components['schemas']['LivePoll'][];
    };
    LiveNodeRoom: {
      /** Format: uuid */
      sessionId: string;
      localSockets: number;
      /** @description across nodes (local without Redis) */
      online: number;
      peak: number;
      /** @description items received, not yet sent */
      waiting: number;
      /** @description a batch is still being written to this big room */
      sending: boolean;
    };
    LiveNodeStatsResponse: {
      nodeId: string;
      tickMs: number;
      sockets: number;
      rooms: components['schemas']['LiveNodeRoom'][];
      batches: number;
      batchesOverTick: number;
      lastBatchMs: number;
      maxBatchMs: number;
      directWrites: number;
      slowSockets: number;
      slowCuts: number;
    };
    CreateStatementDto: {
      /** @description the statement; or promote with messageId / questionId */
      text?: string;
      /**
       * Format: uuid
       * @description moderators: promote this chat message
       */
      messageId?: string;
      /**
       * Format: uuid
       * @description moderators: promote this question
       */
      questionId?: string;
    };
    StatementCreated: {
      /** Format: uuid */
      id: string;
      /**
       * @description held: waits for a moderator (like chat)
       * @enum {string}
       */
      status: 'published' | 'held' | 'hidden';
    };
    StatementVoteCounts: {
      agree: number;
      disagree: number;
      pass: number;
    };
    /**
     * @description the caller's own vote
     * @enum {string}
     */
    ConsensusVote: 'agree' | 'disagree' | 'pass';
    ConsensusStatementView: {
      /** Format: uuid */
      id: string;
      text: string;
      /** @enum {string} */
      status: 'published' | 'held' | 'hidden';
      /** @enum {string} */
      origin: 'moderator' | 'participant' | 'message' | 'question';
      /** Format: date-time */
      createdAt: string;
      votes: components['schemas']['StatementVoteCounts'];
      /** @description the caller's own vote */
      myVote: components['schemas']['ConsensusVote'] | null;
    };
    ConsensusStatementList: {
      items: components['schemas']['ConsensusStatementView'][];
    };
    ModerateStatementDto: {
      /** @enum {string} */
      status: 'published' | 'hidden';
    };
    StatementModerated: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'published' | 'held' | 'hidden';
    };
    VoteDto: {
      /** @enum {string} */
      vote: 'agree' | 'disagree' | 'pass';
    };
    VoteRecorded: {
      /** Format: uuid */
      statementId: string;
      /** @enum {string} */
      vote: 'agree' | 'disagree' | 'pass';
    };
    OpinionGroupView: {
      id: number;
      size: number;
      /** @description statements that set it apart */
      representative: string[];
    };
    ConsensusStatementFigures: {
      /** Format: uuid */
      statementId: string;
      text: string;
      agree: number;
      disagree: number;
      pass: number;
      /** @description agree rate (0–1) per group, in group order */
      groupAgree: number[];
    };
    DivisiveStatementFigures: {
      /** Format: uuid */
      statementId: string;
      text: string;
      agree: number;
      disagree: number;
      pass: number;
      /** @description agree rate (0–1) per group, in group order */
      groupAgree: number[];
      /** @description distance between the groups' highest and lowest smoothed agree rate */
      spread: number;
    };
    OpinionPoint: {
      x: number;
      y: number;
      /** @description group id */
      group: number;
    };
    ConsensusView: {
      /** Format: uuid */
      sessionId: string;
      /** @description analysis number; grows with each recomputation (0: none yet) */
      version: number;
      /** Format: date-time */
      computedAt: string | null;
      /** @description people on the opinion map (enough votes to be grouped) */
      participants: number;
      /** @description people with at least one vote */
      voters: number;
      groups: components['schemas']['OpinionGroupView'][];
      /** @description group-informed consensus: a majority agrees in every group, best first */
      consensus: components['schemas']['ConsensusStatementFigures'][];
      divisive: components['schemas']['DivisiveStatementFigures'][];
      /** @description moderators only: the opinion map, one anonymous point per grouped participant */
      points?: components['schemas']['OpinionPoint'][];
      /** @description the caller's own place on the map */
      me: components['schemas']['OpinionPoint'] | null;
    };
    AdoptConsensusDto: {
      statementIds: string[];
    };
    ConsensusAdopted: {
      /** @description the outcome's consensus points after adoption */
      consensus: string[];
    };
    /** @enum {string} */
    OutcomeStatus: 'pending' | 'draft' | 'published';
    OutcomeAttendanceResponse: {
      registered: number;
      onsite: number;
      onlineUnique: number;
      onlinePeak: number;
      /**
       * Format: date-time
       * @description when the figures were taken
       */
      at: string | null;
    };
    AttachmentResponse: {
      /** Format: uuid */
      id: string;
      fileName: string;
      /** @example application/pdf */
      mime: string;
      /** @description bytes */
      size: number;
      sha256: string;
      /** Format: date-time */
      createdAt: string;
    };
    /**
     * @description session: a consultation's suggestion; report: a 社情民意 report with 批示 handed to departments
     * @enum {string}
     */
    SuggestionOrigin: 'session' | 'report';
    /** @enum {string} */
    SuggestionStatus: 'draft' | 'assigned' | 'replied' | 'completed' | 'rejected';
    /**
     * @description lead 主办, co 会办
     * @enum {string}
     */
    DepartmentRole: 'lead' | 'co';
    SuggestionDepartmentResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description lead 主办, co 会办 */
      role: components['schemas']['DepartmentRole'];
      /** Format: date-time */
      countersignedAt: string | null;
      opinion: string | null;
    };
    /**
     * @description A 已解决或采纳, B 列入计划, C 说明情况
     * @enum {string}
     */
    ReplyGrade: 'A' | 'B' | 'C';
    SuggestionReplyResponse: {
      /** @description A 已解决或采纳, B 列入计划, C 说明情况 */
      grade: components['schemas']['ReplyGrade'];
      content: string;
      adopted: boolean;
      /** Format: date-time */
      submittedAt: string | null;
      /** @description co-handling departments have still to countersign */
      awaitingCountersign: boolean;
      /** @description masked unless `pii:read` */
      contactPhone: string | null;
    };
    RatingCountsResponse: {
      satisfied: number;
      basicallySatisfied: number;
      unsatisfied: number;
    };
    SuggestionResponse: {
      /** Format: uuid */
      id: string;
      /** @description session: a consultation's suggestion; report: a 社情民意 report with 批示 handed to departments */
      origin: components['schemas']['SuggestionOrigin'];
      /**
       * Format: uuid
       * @description null for a report's suggestion
       */
      sessionId: string | null;
      /**
       * Format: uuid
       * @description the 社情民意 report it came from
       */
      reportId: string | null;
      /** @description the session's title, or the report's */
      sessionTitle: string;
      /** Format: date-time */
      sessionStartsAt: string;
      /** @example 530102 */
      regionCode: string;
      content: string;
      status: components['schemas']['SuggestionStatus'];
      departments: components['schemas']['SuggestionDepartmentResponse'][];
      /** Format: date-time */
      dueAt: string | null;
      overdue: boolean;
      /** @description the live message it came from */
      sourceMessageId: string | null;
      /** @description the live question it came from */
      sourceQuestionId: string | null;
      reply: components['schemas']['SuggestionReplyResponse'] | null;
      ratings: components['schemas']['RatingCountsResponse'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      assignedAt: string | null;
      /** Format: date-time */
      repliedAt: string | null;
      /** Format: date-time */
      completedAt: string | null;
      /** Format: date-time */
      rejectedAt: string | null;
      rejectReason: string | null;
    };
    OutcomeResponse: {
      /** Format: uuid */
      sessionId: string;
      sessionTitle: string;
      /** @example 530102 */
      regionCode: string;
      /** Format: date-time */
      sessionStartsAt: string;
      status: components['schemas']['OutcomeStatus'];
      /** @description 会议纪要 */
      summary: string;
      /** @description 共识, one point each */
      consensus: string[];
      attendance: components['schemas']['OutcomeAttendanceResponse'];
      attachments: components['schemas']['AttachmentResponse'][];
      /** @description drafts only for staff */
      suggestions: components['schemas']['SuggestionResponse'][];
      /** Format: date-time */
      publishedAt: string | null;
    };
    SaveOutcomeDto: {
      /** @description 纪要 */
      summary: string;
      /** @description 共识 */
      consensus: string[];
    };
    TodoItemResponse: {
      /** @enum {string} */
      kind: 'outcome.missing';
      /** Format: uuid */
      sessionId: string;
      title: string;
      /** @example 530102 */
      regionCode: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endedAt: string | null;
      outcomeStatus: components['schemas']['OutcomeStatus'];
      suggestions: number;
      /** @description the caller organised it */
      mine: boolean;
    };
    TodoItemPage: {
      items: components['schemas']['TodoItemResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    CreateSuggestionDto: {
      sessionId: string;
      content: string;
      /** @description the first is the lead department (主办), the others co-handle (协办) */
      departmentIds: string[];
      /** Format: date-time */
      dueAt?: string;
      sourceMessageId?: string;
      sourceQuestionId?: string;
    };
    SuggestionPage: {
      items: components['schemas']['SuggestionResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    SuggestionTransitionResponse: {
      from: components['schemas']['SuggestionStatus'] | null;
      to: components['schemas']['SuggestionStatus'];
      /** Format: uuid */
      actorId: string | null;
      actorName: string | null;
      /** Format: date-time */
      at: string;
      note: string | null;
    };
    SuggestionDetailResponse: {
      /** Format: uuid */
      id: string;
      /** @description session: a consultation's suggestion; report: a 社情民意 report with 批示 handed to departments */
      origin: components['schemas']['SuggestionOrigin'];
      /**
       * Format: uuid
       * @description null for a report's suggestion
       */
      sessionId: string | null;
      /**
       * Format: uuid
       * @description the 社情民意 report it came from
       */
      reportId: string | null;
      /** @description the session's title, or the report's */
      sessionTitle: string;
      /** Format: date-time */
      sessionStartsAt: string;
      /** @example 530102 */
      regionCode: string;
      content: string;
      status: components['schemas']['SuggestionStatus'];
      departments: components['schemas']['SuggestionDepartmentResponse'][];
      /** Format: date-time */
      dueAt: string | null;
      overdue: boolean;
      /** @description the live message it came from */
      sourceMessageId: string | null;
      /** @description the live question it came from */
      sourceQuestionId: string | null;
      reply: components['schemas']['SuggestionReplyResponse'] | null;
      ratings: components['schemas']['RatingCountsResponse'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      assignedAt: string | null;
      /** Format: date-time */
      repliedAt: string | null;
      /** Format: date-time */
      completedAt: string | null;
      /** Format: date-time */
      rejectedAt: string | null;
      rejectReason: string | null;
      transitions: components['schemas']['SuggestionTransitionResponse'][];
    };
    AssignSuggestionDto: {
      departmentIds: string[];
      /** Format: date-time */
      dueAt: string;
    };
    ReplySuggestionDto: {
      /** @enum {string} */
      grade: 'A' | 'B' | 'C';
      content: string;
      adopted: boolean;
      /** @description 经办人联系电话 */
      contactPhone?: string;
    };
    CountersignDto: {
      /** @description 会签意见 */
      opinion?: string;
    };
    RejectSuggestionDto: {
      reason: string;
    };
    RateSuggestionDto: {
      /** @enum {string} */
      rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
      comment?: string;
    };
    /** @enum {string} */
    Rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
    RatingResultResponse: {
      /** Format: uuid */
      id: string;
      rating: components['schemas']['Rating'];
    };
    AttachmentListResponse: {
      items: components['schemas']['AttachmentResponse'][];
    };
    ReminderRunResponse: {
      overdue: number;
      dueSoon: number;
    };
    OverdueDepartmentResponse: {
      /** Format: uuid */
      departmentId: string;
      name: string;
      /** @description assigned suggestions past due still waiting for this department */
      overdue: number;
      /** Format: date-time */
      oldestDueAt: string;
    };
    SentReminderResponse: {
      /** Format: uuid */
      suggestionId: string;
      /** @enum {string} */
      kind: 'overdue' | 'due_soon';
      /**
       * @description the Beijing day it was sent for
       * @example 2026-03-15
       */
      day: string;
      /** Format: date-time */
      sentAt: string;
      sessionTitle: string;
      content: string;
      /** Format: date-time */
      dueAt: string | null;
      /** @description departments still to answer */
      departments: string[];
    };
    SupervisionOverviewResponse: {
      /** @example 530102 */
      region: string;
      /** @description most overdue first */
      overdueByDepartment: components['schemas']['OverdueDepartmentResponse'][];
      /** @description the latest 100, newest first */
      reminders: components['schemas']['SentReminderResponse'][];
    };
    ParticipantsResponse: {
      onsite: number;
      onlineUnique: number;
      onlinePeak: number;
    };
    SuggestionCountsResponse: {
      total: number;
      assigned: number;
      replied: number;
      completed: number;
      adopted: number;
    };
    RatingTotalsResponse: {
      satisfied: number;
      basicallySatisfied: number;
      unsatisfied: number;
      total: number;
    };
    RatesResponse: {
      reply: number | null;
      completion: number | null;
      adoption: number | null;
      satisfaction: number | null;
    };
    RegionStatsResponse: {
      sessions: number;
      participants: components['schemas']['ParticipantsResponse'];
      suggestions: components['schemas']['SuggestionCountsResponse'];
      ratings: components['schemas']['RatingTotalsResponse'];
      rates: components['schemas']['RatesResponse'];
      /** @example 530102 */
      regionCode: string;
      name: string | null;
    };
    MonthStatsResponse: {
      sessions: number;
      participants: components['schemas']['ParticipantsResponse'];
      suggestions: components['schemas']['SuggestionCountsResponse'];
      ratings: components['schemas']['RatingTotalsResponse'];
      rates: components['schemas']['RatesResponse'];
      /**
       * @description month of the session start, Beijing time
       * @example 2026-03
       */
      month: string;
    };
    StatsResponse: {
      sessions: number;
      participants: components['schemas']['ParticipantsResponse'];
      suggestions: components['schemas']['SuggestionCountsResponse'];
      ratings: components['schemas']['RatingTotalsResponse'];
      rates: components['schemas']['RatesResponse'];
      /** @example 530100 */
      region: string;
      /** Format: date-time */
      from: string | null;
      /** Format: date-time */
      to: string | null;
      /** @description one per child region */
      byRegion: components['schemas']['RegionStatsResponse'][];
      /** @description one per month with data in the period, oldest first */
      byMonth: components['schemas']['MonthStatsResponse'][];
    };
    PublicAttendanceResponse: {
      onsite: number;
      onlineUnique: number;
      onlinePeak: number;
    };
    PublicDepartmentResponse: {
      name: string;
      role: components['schemas']['DepartmentRole'];
    };
    PublicReplyResponse: {
      grade: string | null;
      content: string | null;
      adopted: boolean | null;
      /** Format: date-time */
      repliedAt: string | null;
    };
    /** @enum {string} */
    FollowUpImplementation: 'implemented' | 'partly' | 'not';
    PublicFollowUpResponse: {
      implementation: components['schemas']['FollowUpImplementation'];
      note: string;
      /** Format: date-time */
      reviewedAt: string;
      ratings: components['schemas']['RatingCountsResponse'];
    };
    PublicSuggestionResponse: {
      /** Format: uuid */
      id: string;
      content: string;
      /** @enum {string} */
      status: 'assigned' | 'replied' | 'completed' | 'rejected';
      /** Format: date-time */
      dueAt: string | null;
      departments: components['schemas']['PublicDepartmentResponse'][];
      /** @description once replied */
      reply: components['schemas']['PublicReplyResponse'] | null;
      /** Format: date-time */
      completedAt: string | null;
      ratings: components['schemas']['RatingCountsResponse'];
      /** @description 回头看, once reviewed: 落实情况 and the second rating round */
      followUp: components['schemas']['PublicFollowUpResponse'] | null;
    };
    PublicOutcomeResponse: {
      /** Format: uuid */
      sessionId: string;
      title: string;
      /** @example 530102 */
      regionCode: string;
      /** Format: date-time */
      heldAt: string;
      /** Format: date-time */
      publishedAt: string;
      summary: string;
      consensus: string[];
      attendance: components['schemas']['PublicAttendanceResponse'];
      suggestions: components['schemas']['PublicSuggestionResponse'][];
    };
    PublicOutcomesSummaryResponse: {
      /** @description published outcomes (协商会议) */
      sessions: number;
      /** @description on-site attendances plus online participants */
      people: number;
      /** @description suggestions shown (all but drafts) */
      suggestions: number;
      assigned: number;
      replied: number;
      completed: number;
      /** @description replied or completed, and adopted */
      adopted: number;
      satisfied: number;
      basicallySatisfied: number;
      unsatisfied: number;
    };
    PublicOutcomesPageResponse: {
      items: components['schemas']['PublicOutcomeResponse'][];
      /** @description All matching items, not just this page */
      total: number;
      summary: components['schemas']['PublicOutcomesSummaryResponse'];
    };
    /**
     * @description due FOLLOW_UP_MONTHS after completion
     * @enum {string}
     */
    FollowUpStatus: 'not_due' | 'due' | 'reviewed';
    FollowUpResponse: {
      /** Format: uuid */
      suggestionId: string;
      /** @description due FOLLOW_UP_MONTHS after completion */
      status: components['schemas']['FollowUpStatus'];
      /** Format: date-time */
      dueAt: string;
      /**
       * Format: date-time
       * @description when the organiser was reminded
       */
      remindedAt: string | null;
      /** @description 落实情况 */
      implementation: components['schemas']['FollowUpImplementation'] | null;
      note: string | null;
      /** Format: date-time */
      reviewedAt: string | null;
      /** @description the second rating round */
      ratings: components['schemas']['RatingCountsResponse'];
    };
    FollowUpReviewDto: {
      /** @description 落实情况 */
      implementation: components['schemas']['FollowUpImplementation'];
      /** @description what was found on the ground */
      note: string;
    };
    FollowUpRateDto: {
      /** @enum {string} */
      rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
      comment?: string;
    };
    FollowUpRatingResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied';
    };
    /**
     * @description assigned 办理中, replied 已答复, completed 已办结
     * @enum {string}
     */
    MySuggestionStatus: 'assigned' | 'replied' | 'completed';
    FollowUpReplyResponse: {
      content: string;
      adopted: boolean;
      /** Format: date-time */
      submittedAt: string | null;
    };
    MyRatingOfSuggestionResponse: {
      rating: components['schemas']['Rating'];
      comment: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    MySuggestionResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      sessionTitle: string;
      /** Format: date-time */
      sessionStartsAt: string;
      content: string;
      /** @description assigned 办理中, replied 已答复, completed 已办结 */
      status: components['schemas']['MySuggestionStatus'];
      /** @description handling departments, lead first */
      departments: string[];
      /** @description once replied */
      reply: components['schemas']['FollowUpReplyResponse'] | null;
      myRating: components['schemas']['MyRatingOfSuggestionResponse'] | null;
      /** @description replied and not yet rated by me */
      canRate: boolean;
    };
    MySuggestionPage: {
      items: components['schemas']['MySuggestionResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    MyRatingResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      suggestionId: string;
      sessionTitle: string;
      content: string;
      rating: components['schemas']['Rating'];
      comment: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    MyRatingPage: {
      items: components['schemas']['MyRatingResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    OpinionCategoriesResponse: {
      /** @description config/opinion-categories.json */
      categories: string[];
    };
    CreateEntryDto: {
      /** @description 群众反映的问题 */
      text: string;
      /** @description one of config/opinion-categories.json (GET /opinion-categories) */
      category: string;
      /** @description 社区 */
      community?: string;
      /** @description 反映人手机号 (stored encrypted) */
      phone?: string;
      /** @description photo URLs or file ids, at most 9 */
      photos?: string[];
      /** @description photos uploaded first (POST /opinion-photos) by the caller; photos and photoIds together at most 9 */
      photoIds?: string[];
    };
    OpinionIdResponse: {
      /** Format: uuid */
      id: string;
    };
    OpinionPhotoResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description by content
       * @enum {string}
       */
      contentType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
      size: number;
      /** @description GET it with the token of someone who may read the entry */
      url: string;
    };
    /** @enum {string} */
    OpinionEntrySource: 'staff' | 'resident';
    /** @enum {string} */
    OpinionEntryDisposition: 'open' | 'answered' | 'topic' | 'reported';
    OpinionEntryResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      workstationId: string;
      /** @example 530102010 */
      regionCode: string;
      text: string;
      /** @example 养老 */
      category: string;
      community: string | null;
      /** @description masked unless `pii:read` */
      phone: string | null;
      /** @description photo URLs given as links, oldest first */
      photos: string[];
      /** @description photos uploaded for the entry */
      photoFiles: components['schemas']['OpinionPhotoResponse'][];
      source: components['schemas']['OpinionEntrySource'];
      disposition: components['schemas']['OpinionEntryDisposition'];
      /** @description 现场答复 */
      answer: string | null;
      /**
       * Format: uuid
       * @description the recording member
       */
      memberId: string | null;
      /**
       * Format: uuid
       * @description the topic (议题) made from it
       */
      topicId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    OpinionEntryPage: {
      items: components['schemas']['OpinionEntryResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    AnswerEntryDto: {
      /** @description 现场答复 */
      answer: string;
    };
    EntryTopicDto: {
      /** @description the topic title; by default the category and the start of the text */
      title?: string;
    };
    ReportBodyDto: {
      /** @description 基本情况 */
      situation: string;
      /** @description 原因分析 */
      analysis: string;
      /** @description 意见建议 */
      suggestions: string;
    };
    CreateReportDto: {
      title: string;
      body: components['schemas']['ReportBodyDto'];
      /** @description 民情日记 entries the report carries */
      entryIds?: string[];
      /** @description members (directory ids) co-signing */
      cosignerIds?: string[];
    };
    OpinionReportCreatedResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'draft';
    };
    OpinionReportBodyResponse: {
      /** @description 基本情况 */
      situation: string;
      /** @description 原因分析 */
      analysis: string;
      /** @description 意见建议 */
      suggestions: string;
    };
    /** @enum {string} */
    OpinionReportStatus: 'draft' | 'submitted' | 'returned' | 'adopted' | 'merged';
    OpinionReportEntryResponse: {
      /** Format: uuid */
      id: string;
      text: string;
      /** @example 养老 */
      category: string;
      community: string | null;
      /**
       * @description always masked
       * @example 139****4321
       */
      phone: string | null;
      source: components['schemas']['OpinionEntrySource'];
      /**
       * Format: date-time
       * @description when it was recorded
       */
      createdAt: string;
    };
    OpinionCosignerResponse: {
      /** Format: uuid */
      memberId: string;
      name: string;
    };
    OpinionInstructionResponse: {
      /** Format: uuid */
      id: string;
      /** @example 市委书记 */
      by: string;
      text: string;
      /**
       * Format: date-time
       * @description when the leader instructed
       */
      at: string;
      /** Format: date-time */
      recordedAt: string;
    };
    OpinionHandlingResponse: {
      /**
       * Format: uuid
       * @description the suggestion carrying the report (GET /suggestions/:id)
       */
      suggestionId: string;
      status: components['schemas']['SuggestionStatus'];
    };
    OpinionReportResponse: {
      /** Format: uuid */
      id: string;
      /** @example 530102 */
      regionCode: string;
      title: string;
      body: components['schemas']['OpinionReportBodyResponse'];
      status: components['schemas']['OpinionReportStatus'];
      /**
       * Format: uuid
       * @description the author’s account
       */
      authorId: string;
      authorName: string;
      /** @description 退回意见 */
      returnComment: string | null;
      /** Format: uuid */
      issueId: string | null;
      /** Format: uuid */
      mergedInto: string | null;
      entryIds: string[];
      /** @description oldest first */
      entries: components['schemas']['OpinionReportEntryResponse'][];
      cosigners: components['schemas']['OpinionCosignerResponse'][];
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      adoptedAt: string | null;
      /** @description 批示, oldest first */
      instructions: components['schemas']['OpinionInstructionResponse'][];
      /** @description 办理, once assigned to departments */
      handling: components['schemas']['OpinionHandlingResponse'] | null;
      /** Format: date-time */
      assignedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    OpinionReportPage: {
      items: components['schemas']['OpinionReportResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    UpdateReportDto: {
      title?: string;
      body?: components['schemas']['ReportBodyDto'];
      /** @description members (directory ids) co-signing; replaces the set (the author, on a draft or returned report) */
      cosignerIds?: string[];
    };
    ReturnReportDto: {
      /** @description 退回意见 */
      comment: string;
    };
    MergeReportsDto: {
      /** @description submitted reports merged into this one */
      reportIds: string[];
    };
    AdoptReportDto: {
      issueId: string;
    };
    InstructionDto: {
      /**
       * @description who instructed (leader, post)
       * @example 市委书记
       */
      by: string;
      /** @description 批示 text */
      text: string;
      /**
       * Format: date-time
       * @description when the leader instructed
       */
      at: string;
    };
    AssignReportDto: {
      /** @description departments; the first is the lead (主办) */
      departmentIds: string[];
      /**
       * Format: date-time
       * @description 办理期限
       */
      dueAt: string;
    };
    CreateIssueDto: {
      /** @example 2026 */
      year: number;
      /** @description the compiling committee's region (county level or above); the caller's by default */
      region?: string;
      /** @description a sent issue this one corrects (更正) */
      correctsId?: string;
      /** @description 更正说明, required with correctsId */
      correctionNote?: string;
    };
    /** @enum {string} */
    OpinionIssueStatus: 'compiling' | 'sent';
    OpinionIssueResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description the compiling committee’s region
       * @example 530102
       */
      regionCode: string;
      /** @example 2026 */
      year: number;
      /** @description 期号, per committee and year */
      number: number;
      status: components['schemas']['OpinionIssueStatus'];
      /**
       * Format: uuid
       * @description the issue this 更正 corrects
       */
      correctsId: string | null;
      correctionNote: string | null;
      /** @description 报送 */
      sendTo: string[];
      /** @description 抄送 */
      copyTo: string[];
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    OpinionIssuePage: {
      items: components['schemas']['OpinionIssueResponse'][];
      /** @description All matching items, not just this page */
      total: number;
    };
    OpinionIssueDetailResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description the compiling committee’s region
       * @example 530102
       */
      regionCode: string;
      /** @example 2026 */
      year: number;
      /** @description 期号, per committee and year */
      number: number;
      status: components['schemas']['OpinionIssueStatus'];
      /**
       * Format: uuid
       * @description the issue this 更正 corrects
       */
      correctsId: string | null;
      correctionNote: string | null;
      /** @description 报送 */
      sendTo: string[];
      /** @description 抄送 */
      copyTo: string[];
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      createdAt: string;
      reports: components['schemas']['OpinionReportResponse'][];
    };
    SendIssueDto: {
      /** @description accounts (leaders, department staff) notified with the files */
      userIds?: string[];
      /** @description 报送 line, e.g. 市委、市政府领导 */
      sendTo?: string[];
      /** @description departments (抄送) by id; their names are printed */
      departmentIds?: string[];
      /** @description more 抄送 names */
      copyTo?: string[];
    };
    OpinionIssueSentResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description the compiling committee’s region
       * @example 530102
       */
      regionCode: string;
      /** @example 2026 */
      year: number;
      /** @description 期号, per committee and year */
      number: number;
      status: components['schemas']['OpinionIssueStatus'];
      /**
       * Format: uuid
       * @description the issue this 更正 corrects
       */
      correctsId: string | null;
      correctionNote: string | null;
      /** @description 报送 */
      sendTo: string[];
      /** @description 抄送 */
      copyTo: string[];
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description accounts notified */
      notified: number;
    };
    OpinionCountsResponse: {
      /** @description 民情日记 entries recorded */
      entries: number;
      /** @description reports submitted */
      submitted: number;
      /** @description of those, adopted into an issue */
      adopted: number;
      /** @description of those, with a leader’s 批示 */
      instructed: number;
      /** @description of those, handled to completion (办结) */
      completed: number;
    };
    OpinionDistrictCountsResponse: {
      /** @description 民情日记 entries recorded */
      entries: number;
      /** @description reports submitted */
      submitted: number;
      /** @description of those, adopted into an issue */
      adopted: number;
      /** @description of those, with a leader’s 批示 */
      instructed: number;
      /** @description of those, handled to completion (办结) */
      completed: number;
      /**
       * @description county-level region
       * @example 530102
       */
      regionCode: string;
      name: string | null;
    };
    OpinionSectorCountsResponse: {
      /** @description 民情日记 entries recorded */
      entries: number;
      /** @description reports submitted */
      submitted: number;
      /** @description of those, adopted into an issue */
      adopted: number;
      /** @description of those, with a leader’s 批示 */
      instructed: number;
      /** @description of those, handled to completion (办结) */
      completed: number;
      /** @description 界别; 未填界别 for members without one */
      sector: string;
    };
    OpinionMemberCountsResponse: {
      /** @description 民情日记 entries recorded */
      entries: number;
      /** @description reports submitted */
      submitted: number;
      /** @description of those, adopted into an issue */
      adopted: number;
      /** @description of those, with a leader’s 批示 */
      instructed: number;
      /** @description of those, handled to completion (办结) */
      completed: number;
      /** Format: uuid */
      memberId: string;
      name: string;
      /** @description 界别 */
      sector: string | null;
    };
    OpinionStatsResponse: {
      /** @example 530100 */
      region: string;
      /** @example 2026 */
      year: number;
      totals: components['schemas']['OpinionCountsResponse'];
      /** @description by region code */
      byDistrict: components['schemas']['OpinionDistrictCountsResponse'][];
      /** @description members’ work, most first */
      bySector: components['schemas']['OpinionSectorCountsResponse'][];
      /** @description most active first */
      byMember: components['schemas']['OpinionMemberCountsResponse'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      /** @description The database or Redis is down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
    };
  };
  ClientConfigController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientConfigResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out: the refresh token no longer works */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_sms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SmsRequestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SmsSentResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A service the request needs is unavailable; nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_resident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResidentLoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_totpSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpProofDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpSetupResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_totpEnable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpEnableDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_totpDisable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpProofDto'];
      };
    };
    responses: {
      /** @description Second factor off */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_recoveryCodesLeft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesLeftResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_totpRecoveryCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpEnableDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Password changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ErasureController_eraseMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseMeDto'];
      };
    };
    responses: {
      /** @description Erased: the account can no longer sign in; aggregates stay */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        role?:
          'admin' | 'organiser' | 'workstation_manager' | 'department_handler' | 'member' | 'staff_viewer';
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ErasureController_sendCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SmsSentResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A service the request needs is unavailable; nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ErasureController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        actorId?: string;
        /** @description prefix, e.g. auth.login */
        action?: string;
        targetType?: string;
        targetId?: string;
        /** @description a kind: ok, error (a staff write the API refused, with its status: error:403), failed (failed:bad_password) or refused (refused:rate_limited), matching every result of that kind; or one result exactly (ok:201, failed:bad_password) */
        result?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerifyResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  JobsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduledJobList'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  JobsController_run: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobRunOutcome'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DownloadsController_link: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DownloadLinkDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DownloadLinkResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        status?: 'submitted' | 'accepted' | 'rejected' | 'merged' | 'scheduled';
        source?: 'resident' | 'member' | 'party_government';
        q?: string;
        /** @description true: only topics I proposed */
        mine?: string;
        /** @description true: only topics I supported (附议) */
        supported?: string;
        /** @description default -supportCount (most supported first) */
        sort?: 'supportCount' | '-supportCount' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TopicPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTopicDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TopicCreatedResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicsController_similar: {
    parameters: {
      query: {
        q: string;
        region: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimilarTopicResponse'][];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TopicResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicsController_support: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TopicResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicsController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewTopicDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TopicResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicPhotosController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TopicPhotoResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A service the request needs is unavailable; nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicPhotosController_photo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The photo, at most 1600 px on its longer edge */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  TopicPhotosController_thumb: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A 320 px square thumbnail of the photo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        workstation?: string;
        status?: components['schemas']['SessionStatus'];
        from?: string;
        to?: string;
        q?: string;
        /** @description lat,lng (WGS-84 or GCJ-02; distances are approximate) */
        near?: string;
        radiusKm?: number;
        topic?: string;
        series?: string;
        /** @description column to order by, `-` for descending (default startsAt) */
        sort?:
          | 'startsAt'
          | '-startsAt'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'capacity'
          | '-capacity'
          | 'createdAt'
          | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSessionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionCreatedResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelSessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_start: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_conclude: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_listPublic: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        workstation?: string;
        from?: string;
        to?: string;
        q?: string;
        near?: string;
        radiusKm?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicSessionPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SessionsController_getPublic: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicSessionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InvitationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionInvitationsResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InvitationsController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationsDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationsCreatedResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InvitationsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyInvitationPage'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  InvitationsController_respond: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RespondInvitationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MaterialsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaterialPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MaterialsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
          public?: boolean;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaterialResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A service the request needs is unavailable; nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The server has no room left to store the file (STORAGE_FULL); nothing was kept */
      507: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MaterialsController_download: {
    parameters: {
      query?: {
        /** @description signed link: login session */
        sid?: unknown;
        /** @description signed link: expiry, Unix seconds */
        exp?: unknown;
        /** @description signed link: HMAC-SHA256 */
        sig?: unknown;
      };
      header?: never;
      path: {
        id: string;
        mid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, with the content type it was stored with, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A service the request needs is unavailable; nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MaterialsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        mid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed, the stored file too */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MaterialsController_setPublic: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        mid: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MaterialPatchDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaterialResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        /** @description true: unread only */
        unread?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_session: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description iCalendar feed of the session (RFC 5545) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_workstation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description iCalendar feed of the workstation’s announced sessions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CalendarController_region: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description iCalendar feed of the region’s announced sessions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegistrationsController_privacyNotice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrivacyNoticeResponse'];
        };
      };
    };
  };
  RegistrationsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        status?: 'confirmed' | 'waitlisted' | 'cancelled';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegistrationsController_register: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationResultResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegistrationsController_exportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registrations as a workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegistrationsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyRegistrationPage'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegistrationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnRegistrationResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegistrationsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrationCancelledResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegistrationsController_ticket: {
    parameters: {
      query?: {
        /** @description signed link: login session */
        sid?: unknown;
        /** @description signed link: expiry, Unix seconds */
        exp?: unknown;
        /** @description signed link: HMAC-SHA256 */
        sig?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ticket’s QR code */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /**
       * @description Not signed in, or the access token expired (TOKEN_EXPIRED)
       *
       *     Not signed in, or the access token expired (TOKEN_EXPIRED)
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CheckinsController_checkIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckInDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckInResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CheckinsController_walkIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WalkInDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WalkInResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  CheckinsController_attendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DrawsController_draw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DrawDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DrawsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DrawsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        drawId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawVerificationResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DutyRecordsController_record: {
    parameters: {
      query?: {
        /** @description ISO date; 1 January of this year when omitted */
        from?: string;
        /** @description ISO date (exclusive); now when omitted */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyRecordResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DutyRecordsController_exportXlsx: {
    parameters: {
      query?: {
        /** @description ISO date; 1 January of this year when omitted */
        from?: string;
        /** @description ISO date (exclusive); now when omitted */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The duty record as a workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ImportController_importWorkstations: {
    parameters: {
      query?: {
        /** @description preview: check and match every row as the import would, write nothing */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description The result as JSON; or, when the request accepts application/x-ndjson, one line per step ({ progress }) and a last line with { result } or { error } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultResponse'];
          'application/x-ndjson': components['schemas']['ImportStreamLineResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ImportController_workstationTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import template, with the configured sectors */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ImportController_importMembers: {
    parameters: {
      query?: {
        /** @description preview: check and match every row as the import would, write nothing */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description The result as JSON; or, when the request accepts application/x-ndjson, one line per step ({ progress }) and a last line with { result } or { error } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultResponse'];
          'application/x-ndjson': components['schemas']['ImportStreamLineResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Unsupported encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ImportController_memberTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import template, with the configured sectors */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegionsController_list: {
    parameters: {
      query?: {
        /** @description children of this code (000000 for provinces) */
        parent?: string;
        /** @description the whole subtree of this code */
        within?: string;
        level?: 'province' | 'city' | 'county' | 'township' | 'community';
        q?: string;
        page?: unknown;
        pageSize?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRegionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  RegionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionDetailResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DepartmentsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DepartmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDepartmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DepartmentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DepartmentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDepartmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SectorsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SectorListResponse'];
        };
      };
    };
  };
  SectorsController_kinds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeNameListResponse'];
        };
      };
    };
  };
  SectorsController_levels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberLevelsResponse'];
        };
      };
    };
  };
  WorkstationsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        /** @description region code; the whole subtree is included */
        region?: string;
        kind?: components['schemas']['WorkstationKind'];
        sector?: string;
        /** @description text; simplified and traditional match alike */
        q?: string;
        /** @description lat,lng: items carry distanceKm, nearest first */
        near?: string;
        /** @description coordinate system of `near` */
        crs?: components['schemas']['Crs'];
        radiusKm?: number;
        status?: 'active' | 'suspended';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkstationPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWorkstationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkstationResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkstationResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Gone from lists; sessions held there keep their record */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWorkstationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkstationResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_schedule: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkstationScheduleResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_listMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_putMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutWorkstationMembersDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_listDuty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyRulePage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkstationsController_createDuty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDutyRuleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyRuleResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PublicWorkstationsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        /** @description region code; the whole subtree is included */
        region?: string;
        kind?: components['schemas']['WorkstationKind'];
        sector?: string;
        /** @description text; simplified and traditional match alike */
        q?: string;
        /** @description lat,lng: items carry distanceKm, nearest first */
        near?: string;
        /** @description coordinate system of `near` */
        crs?: components['schemas']['Crs'];
        radiusKm?: number;
        status?: 'active' | 'suspended';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicWorkstationPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PublicWorkstationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicWorkstationDetailResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PublicWorkstationsController_schedule: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkstationScheduleResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MembersController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        sector?: string;
        level?: components['schemas']['MemberLevel'];
        q?: string;
        /** @description only members assigned to this workstation */
        workstation?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MembersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MembersController_lookup: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        /** @description defaults to the caller’s region */
        region?: string;
        /** @description part of the name */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberLookupPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MembersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MembersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MyMemberController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyMemberResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DutyController_roster: {
    parameters: {
      query: {
        page?: unknown;
        pageSize?: unknown;
        from: string;
        to: string;
        region?: string;
        workstation?: string;
        member?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyOccurrencePage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DutyController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rule is gone; past duty stays in records */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LiveController_messages: {
    parameters: {
      query?: {
        /** @description Only messages with a larger sequence number */
        after?: unknown;
        limit?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveMessagePage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LiveController_questions: {
    parameters: {
      query?: {
        sort?: 'votes' | 'time';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveQuestionList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LiveController_polls: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivePollList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  LiveNodeController_node: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveNodeStatsResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ConsensusController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsensusStatementList'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ConsensusController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateStatementDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementCreated'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ConsensusController_moderate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ModerateStatementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementModerated'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ConsensusController_vote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoteDto'];
      };
    };
    responses: {
      /** @description a second vote replaces the first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoteRecorded'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ConsensusController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the latest background analysis (version 0: none yet) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsensusView'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ConsensusController_adopt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptConsensusDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsensusAdopted'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /**
       * @description Not signed in, or the access token expired (TOKEN_EXPIRED)
       *
       *     Not signed in, or the access token expired (TOKEN_EXPIRED)
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /**
       * @description The caller lacks the role or permission, or the object is outside its region
       *
       *     The caller lacks the role or permission, or the object is outside its region
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OutcomesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutcomeResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OutcomesController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveOutcomeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutcomeResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OutcomesController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutcomeResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OutcomesController_attach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OutcomesController_download: {
    parameters: {
      query?: {
        /** @description signed link: login session */
        sid?: unknown;
        /** @description signed link: expiry, Unix seconds */
        exp?: unknown;
        /** @description signed link: HMAC-SHA256 */
        sig?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attachment, with the content type it was stored with */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OutcomesController_todo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TodoItemPage'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        department?: string;
        session?: string;
        status?: 'draft' | 'assigned' | 'replied' | 'completed' | 'rejected';
        /** @description assigned and past the due date (督办) */
        overdue?: boolean;
        /** @description assigned and due within this many days, e.g. 7 */
        dueWithinDays?: number;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSuggestionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionDetailResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignSuggestionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_reply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplySuggestionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_countersign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CountersignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectSuggestionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_rate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RateSuggestionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingResultResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_attachments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentListResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_attach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_remind: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderRunResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  SuggestionsController_overview: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionOverviewResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  StatsController_get: {
    parameters: {
      query?: {
        region?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  StatsController_published: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        /** @description only the meetings held at this place (its page) */
        workstation?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicOutcomesPageResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  StatsController_publishedOne: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicOutcomeResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  FollowUpsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  FollowUpsController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpReviewDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  FollowUpsController_rate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpRateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpRatingResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MineController_suggestions: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MySuggestionPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  MineController_ratings: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyRatingPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_suggestionsXlsx: {
    parameters: {
      query?: {
        region?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Suggestions of the region and period as a workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_suggestionsCsv: {
    parameters: {
      query?: {
        region?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Suggestions of the region and period as CSV (UTF-8 with BOM) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_sessionsXlsx: {
    parameters: {
      query?: {
        region?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sessions of the region and period as a workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_sessionsCsv: {
    parameters: {
      query?: {
        region?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sessions of the region and period as CSV (UTF-8 with BOM) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_statementsXlsx: {
    parameters: {
      query?: {
        /** @description signed link: login session */
        sid?: unknown;
        /** @description signed link: expiry, Unix seconds */
        exp?: unknown;
        /** @description signed link: HMAC-SHA256 */
        sig?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session's consensus statements with their vote counts (no voter identities) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /**
       * @description Not signed in, or the access token expired (TOKEN_EXPIRED)
       *
       *     Not signed in, or the access token expired (TOKEN_EXPIRED)
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_statementsCsv: {
    parameters: {
      query?: {
        /** @description signed link: login session */
        sid?: unknown;
        /** @description signed link: expiry, Unix seconds */
        exp?: unknown;
        /** @description signed link: HMAC-SHA256 */
        sig?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session's consensus statements with their vote counts, as CSV (UTF-8 with BOM) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /**
       * @description Not signed in, or the access token expired (TOKEN_EXPIRED)
       *
       *     Not signed in, or the access token expired (TOKEN_EXPIRED)
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_reportDocx: {
    parameters: {
      query?: {
        /** @description signed link: login session */
        sid?: unknown;
        /** @description signed link: expiry, Unix seconds */
        exp?: unknown;
        /** @description signed link: HMAC-SHA256 */
        sig?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session report (Word) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /**
       * @description Not signed in, or the access token expired (TOKEN_EXPIRED)
       *
       *     Not signed in, or the access token expired (TOKEN_EXPIRED)
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ExportsController_reportPdf: {
    parameters: {
      query?: {
        /** @description signed link: login session */
        sid?: unknown;
        /** @description signed link: expiry, Unix seconds */
        exp?: unknown;
        /** @description signed link: HMAC-SHA256 */
        sig?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session report (PDF) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /**
       * @description Not signed in, or the access token expired (TOKEN_EXPIRED)
       *
       *     Not signed in, or the access token expired (TOKEN_EXPIRED)
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  EntriesController_categories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionCategoriesResponse'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  EntriesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEntryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionIdResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  EntriesController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        region?: string;
        workstation?: string;
        category?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionEntryPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  EntriesController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerEntryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionEntryResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  EntriesController_toTopic: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EntryTopicDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionEntryResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PhotosController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionPhotoResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Too many requests; `Retry-After` and `details.retryAfter` say when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PhotosController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The photo, with the type recognised at upload */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/*': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        status?: 'draft' | 'submitted' | 'returned' | 'adopted' | 'merged';
        issue?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportPage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReportDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportCreatedResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_returnReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_merge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeReportsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_adopt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_instruct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InstructionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ReportsController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionReportResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_list: {
    parameters: {
      query?: {
        page?: unknown;
        pageSize?: unknown;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionIssuePage'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIssueDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionIssueResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionIssueDetailResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendIssueDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionIssueSentResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The body or file is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_docx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The issue as a DOCX in the official-document layout */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_pdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The issue as a PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description No such object (objects outside the caller’s region also answer 404 on reads) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Conflicts with the current state (see `code`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  OpinionStatsController_get: {
    parameters: {
      query?: {
        /** @description the caller’s region by default */
        region?: string;
        /** @description this year by default (Asia/Shanghai) */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpinionStatsResponse'];
        };
      };
      /** @description Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description Not signed in, or the access token expired (TOKEN_EXPIRED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description The caller lacks the role or permission, or the object is outside its region */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
}
