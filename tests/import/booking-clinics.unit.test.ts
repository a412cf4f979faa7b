import { findBookingClinicNames } from '../../src/editorial/import/booking-clinics';

describe('clinic names in booking calls to action', () => {
  it.each([
    ['Book with Harbourside Physio', 'Harbourside Physio'],
    ['Feel the difference at Ridgeway Sports Therapy.', 'Ridgeway Sports Therapy'],
    ['Book your appointment at the Lakeside Clinic today!', 'Lakeside Clinic'],
    ['Call Pine & Oak Physiotherapy on 01632 960 111 to book.', 'Pine & Oak Physiotherapy'],
    ['Book Your Session With Active Edge Today', 'Active Edge'],
    ['Motion Works offers sports massage and injury rehab in Leeds.', 'Motion Works'],
    ['If you are unsure, Harbour Hands provides remedial massage six days a week.', 'Harbour Hands'],
  ])('"%s" names %s', (sentence, name) => {
    expect(findBookingClinicNames([sentence])).toEqual([name]);
  });

  it.each([
    'Book your appointment today.',
    'Contact us today to schedule a visit.',
    'Call us on Monday at 555-010-2233.',
    'Visit us at 22 Pearl Street.',
    'Massage Therapy offers many benefits for runners.',
    'Sports massage provides relief after a race.',
    'Runners at Boulder Creek often train on trails.',
  ])('"%s" names no clinic', (sentence) => {
    expect(findBookingClinicNames([sentence])).toEqual([]);
  });

  it('lists each clinic once, in order of appearance, whatever its case', () => {
    const texts = ['Book with Harbourside Physio.', 'Experience the difference at Kestrel Physio.', 'Book with HARBOURSIDE PHYSIO today.'];
    expect(findBookingClinicNames(texts)).toEqual(['Harbourside Physio', 'Kestrel Physio']);
  });
});
