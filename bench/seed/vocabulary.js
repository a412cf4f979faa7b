// Word lists the generated content is assembled from. Written for this benchmark: names of
// people, clinics and publications are invented, phone numbers sit in Ofcom's drama range.

const CONDITIONS = [
  ['Plantar fasciitis', 'foot_ankle', ['heel pain', "policeman's heel"]],
  ['Achilles tendinopathy', 'foot_ankle', ['achilles tendinitis']],
  ['Ankle sprain', 'foot_ankle', ['rolled ankle']],
  ["Morton's neuroma", 'foot_ankle', []],
  ['Bunion pain', 'foot_ankle', ['hallux valgus']],
  ['Shin splints', 'lower_leg', ['medial tibial stress syndrome']],
  ['Calf strain', 'lower_leg', ['pulled calf']],
  ['Stress fracture recovery', 'lower_leg', []],
  ['Exertional compartment syndrome', 'lower_leg', []],
  ['Patellofemoral pain', 'knee', ["runner's knee"]],
  ['Iliotibial band syndrome', 'knee', ['IT band syndrome']],
  ['Patellar tendinopathy', 'knee', ["jumper's knee"]],
  ['Knee osteoarthritis', 'knee', ['knee arthritis']],
  ['Hamstring strain', 'thigh', ['pulled hamstring']],
  ['Quadriceps strain', 'thigh', ['dead leg']],
  ['Hip flexor strain', 'hip_pelvis', []],
  ['Greater trochanteric pain', 'hip_pelvis', ['hip bursitis']],
  ['Piriformis syndrome', 'hip_pelvis', []],
  ['Groin strain', 'hip_pelvis', ['adductor strain']],
  ['Hip osteoarthritis', 'hip_pelvis', ['hip arthritis']],
  ['Lower back pain', 'lower_back', ['lumbago']],
  ['Sciatica', 'lower_back', ['trapped nerve']],
  ['Sacroiliac joint pain', 'lower_back', ['SI joint pain']],
  ['Neck stiffness', 'upper_back_neck', ['stiff neck']],
  ['Tension headache', 'upper_back_neck', []],
  ['Thoracic stiffness', 'upper_back_neck', ['upper back tightness']],
  ['Whiplash', 'upper_back_neck', []],
  ['Postural strain', 'upper_back_neck', ['desk posture pain']],
  ['Rotator cuff tendinopathy', 'shoulder_arm', ['shoulder impingement']],
  ['Frozen shoulder', 'shoulder_arm', ['adhesive capsulitis']],
  ['Tennis elbow', 'shoulder_arm', ['lateral epicondylalgia']],
  ["Golfer's elbow", 'shoulder_arm', ['medial epicondylalgia']],
  ['Carpal tunnel syndrome', 'shoulder_arm', []],
  ["De Quervain's tenosynovitis", 'shoulder_arm', []],
  ['Delayed onset muscle soreness', 'whole_body', ['DOMS']],
  ['Muscle cramps', 'whole_body', []],
  ['Trigger points', 'whole_body', ['muscle knots']],
  ['Post-surgery stiffness', 'whole_body', []],
  ['Fibromyalgia', 'whole_body', []],
  ['Overtraining fatigue', 'whole_body', ['burnout']],
];

const BENEFITS = [
  ['Improved range of motion', ['flexibility']], ['Reduced muscle tension', ['looser muscles']],
  ['Faster recovery', ['quicker bounce-back']], ['Better circulation', ['blood flow']],
  ['Pain relief', []], ['Reduced stress', ['relaxation']], ['Better sleep', []],
  ['Improved posture', []], ['Reduced swelling', []], ['Scar tissue mobility', []],
  ['Injury prevention', []], ['Improved proprioception', ['balance']], ['Lower perceived fatigue', []],
  ['Reduced anxiety', []], ['Improved athletic performance', []], ['Joint mobility', []],
  ['Muscle activation', []], ['Lymphatic drainage', []], ['Calmer nervous system', []],
  ['Body awareness', []], ['Reduced stiffness', []], ['Fewer headaches', []],
  ['Easier breathing', []], ['Stronger tendons', []], ['Better running economy', []],
  ['Balanced muscle tone', []], ['Less delayed soreness', []], ['Better warm-ups', []],
  ['Quicker return to sport', []], ['Confidence in movement', []],
];
const EVIDENCE = ['strong', 'moderate', 'limited', 'anecdotal'];

const TOPICS = [
  'Recovery', 'Running', 'Cycling', 'Strength training', 'Desk work', 'Sleep', 'Stretching',
  'Sports massage', 'Physiotherapy', 'Injury prevention', 'Rehab exercises', 'Marathon training',
  'Team sports', 'Yoga', 'Pilates', 'Pregnancy', 'Older adults', 'Youth sport', 'Swimming',
  'Hiking', 'Eating for recovery', 'Mobility', 'Foam rolling', 'Posture', 'Pain science',
  'Return to sport', 'Tendon health', 'Back care', 'Massage techniques', 'Clinic news',
];

const TREATMENTS = [
  'sports massage', 'deep tissue massage', 'myofascial release', 'dry needling', 'joint mobilisation',
  'soft tissue therapy', 'trigger point therapy', 'kinesiology taping', 'cupping', 'shockwave therapy',
  'graded exercise', 'foam rolling', 'manual therapy', 'heat therapy', 'cold water immersion',
  'compression garments', 'strength rehab', 'a stretching routine', 'hydrotherapy', 'relaxation massage',
];
const AUDIENCES = [
  'runners', 'cyclists', 'office workers', 'new parents', 'older adults', 'swimmers', 'footballers',
  'climbers', 'rowers', 'tennis players', 'hikers', 'weekend athletes', 'first-time marathoners',
  'triathletes', 'dancers', 'keen gardeners',
];
const ACTIVITIES = ['long run', 'hill session', 'gym session', 'match', 'long ride', 'day at the desk', 'hike', 'swim set', 'yoga class', 'garden weekend'];
const SYMPTOMS = ['a dull ache', 'morning stiffness', 'a sharp twinge', 'tightness that eases with movement', 'pain on the first few steps', 'a burning feeling', 'swelling by the evening', 'a clicking sensation'];
const BODY_PARTS = ['calf', 'heel', 'knee', 'hip', 'lower back', 'shoulder', 'neck', 'hamstring', 'ankle', 'upper back', 'forearm', 'glutes'];
const TIMEFRAMES = ['within a week', 'over two to three weeks', 'after a few sessions', 'over a training block', 'in the first month', 'by the end of the season'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];

const FIRST_NAMES = ['Amara', 'Ben', 'Carys', 'Dev', 'Elin', 'Farid', 'Greta', 'Hamish', 'Isla', 'Jonah', 'Keira', 'Luca', 'Maya', 'Niall', 'Orla', 'Priya', 'Quinn', 'Rhys', 'Sana', 'Tomas', 'Una', 'Vikram', 'Wren', 'Yusuf', 'Zara'];
const LAST_NAMES = ['Ashdown', 'Brackley', 'Carrow', 'Dunmore', 'Elsworth', 'Fenwick', 'Garside', 'Holloway', 'Ingram', 'Jessop', 'Kettering', 'Lowther', 'Marchbank', 'Northcott', 'Oakridge', 'Pendry', 'Quarrie', 'Rowntree', 'Selby', 'Thackray', 'Underhill', 'Varley', 'Westwood', 'Yardley'];
const AUTHOR_ROLES = ['Sports massage therapist', 'Chartered physiotherapist', 'Strength and conditioning coach', 'Clinical lead', 'Osteopath', 'Running coach'];
const CREDENTIALS = ['MCSP, HCPC registered', 'BSc Sports Therapy, SMA', 'MSc Physiotherapy, HCPC', 'Level 5 Soft Tissue Therapist', 'BOst, GOsC registered', 'PhD Exercise Physiology'];
const PUBLISHERS = ['Clinical Movement Review', 'Sports Therapy Quarterly', 'Journal of Applied Rehab Notes', 'Musculoskeletal Practice Letters', 'Recovery Science Digest'];

// City centres, so "nearby" finds several clinics around Bristol and a few everywhere else.
const CITIES = [
  ['Bristol', 51.4545, -2.5879, 'BS'], ['Bath', 51.3811, -2.359, 'BA'], ['London', 51.5072, -0.1276, 'E'],
  ['Manchester', 53.4808, -2.2426, 'M'], ['Leeds', 53.8008, -1.5491, 'LS'], ['Birmingham', 52.4862, -1.8904, 'B'],
  ['Cardiff', 51.4816, -3.1791, 'CF'], ['Edinburgh', 55.9533, -3.1883, 'EH'], ['Glasgow', 55.8642, -4.2518, 'G'],
  ['Newcastle', 54.9783, -1.6178, 'NE'], ['Sheffield', 53.3811, -1.4701, 'S'], ['Nottingham', 52.9548, -1.1581, 'NG'],
  ['Brighton', 50.8225, -0.1372, 'BN'], ['Exeter', 50.7184, -3.5339, 'EX'], ['Oxford', 51.752, -1.2577, 'OX'],
  ['Cambridge', 52.2053, 0.1218, 'CB'], ['Liverpool', 53.4084, -2.9916, 'L'], ['York', 53.96, -1.0873, 'YO'],
  ['Plymouth', 50.3755, -4.1427, 'PL'], ['Norwich', 52.6309, 1.2974, 'NR'],
];
const CLINIC_SUFFIXES = ['Sports Therapy', 'Physio Studio', 'Run Clinic', 'Massage Rooms', 'Movement Clinic', 'Recovery Lab'];
const NEIGHBOURHOODS = ['Harbourside', 'Old Town', 'Riverside', 'Northgate', 'Parkview', 'Station Quarter', 'Hillcrest', 'Market Street', 'Westbury', 'Eastfield'];
const STREETS = ['High Street', 'Mill Lane', 'Queen Road', 'Victoria Terrace', 'Canal Walk', 'Church Street', 'Park Row', 'Orchard Way'];
const SERVICES = [
  ['Sports massage', 60], ['Deep tissue massage', 60], ['Physiotherapy assessment', 45], ['Dry needling', 30],
  ['Running gait analysis', 90], ['Pregnancy massage', 60], ['Rehab class', 45], ['Shockwave therapy', 30],
];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

module.exports = {
  CONDITIONS, BENEFITS, EVIDENCE, TOPICS, TREATMENTS, AUDIENCES, ACTIVITIES, SYMPTOMS, BODY_PARTS, TIMEFRAMES,
  SEASONS, FIRST_NAMES, LAST_NAMES, AUTHOR_ROLES, CREDENTIALS, PUBLISHERS, CITIES, CLINIC_SUFFIXES,
  NEIGHBOURHOODS, STREETS, SERVICES, DAYS,
};
