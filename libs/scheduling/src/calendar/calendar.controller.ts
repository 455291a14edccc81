import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@xs/identity';
import { ApiFile } from '@xs/platform';
import { CalendarService } from './calendar.service';

const ICS = 'text/calendar; charset=utf-8';

/** Subscribable feeds: no login, only what is announced anyway (drafts never appear). */
@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Public()
  @Get('sessions/:id/calendar.ics')
  @Header('Content-Type', ICS)
  @ApiFile('text/calendar', 'iCalendar feed of the session (RFC 5545)')
  session(@Param('id', ParseUUIDPipe) id: string): Promise<string> {
    return this.calendar.forSession(id);
  }

  @Public()
  @Get('workstations/:id/calendar.ics')
  @Header('Content-Type', ICS)
  @ApiFile('text/calendar', 'iCalendar feed of the workstation’s announced sessions')
  workstation(@Param('id', ParseUUIDPipe) id: string): Promise<string> {
    return this.calendar.forWorkstation(id);
  }

  @Public()
  @Get('regions/:code/calendar.ics')
  @Header('Content-Type', ICS)
  @ApiFile('text/calendar', 'iCalendar feed of the region’s announced sessions')
  region(@Param('code') code: string): Promise<string> {
    return this.calendar.forRegion(code);
  }
}
