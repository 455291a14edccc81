import { ApiProperty } from '@nestjs/swagger';

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'session.reminder' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'path in the web client',
    example: '/sessions/…',
  })
  link: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class InboxResponse {
  @ApiProperty({ type: () => NotificationResponse, isArray: true }) items: NotificationResponse[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer', description: 'unread, whatever the filter' }) unread: number;
}

export class MarkedResponse {
  @ApiProperty({ type: 'integer', description: 'messages marked read' }) marked: number;
}
